/**
 * @module
 * `wmt`: translated copies. WMT21 news test (German -> English) gives, line by line, a professional
 * English translation (reference A) and the output of commercial machine-translation engines and of a
 * second translator (reference B) for the same German articles. Each pair of English versions of the
 * same 20 lines is compared: they say the same thing sentence by sentence in different words, the
 * case of a machine-translated copy. Checked: the pair comes out derived, its style translation-like,
 * and every line of b is aligned to the same line of a.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Relation, Style } from '../../src/core/types.js';
import { DERIVED_RELATIONS } from '../lib/corpus.js';
import { compare } from '../lib/engine.js';
import { metric, SkipError, type Task } from '../lib/harness.js';
import { readText, sharedPath } from '../lib/paths.js';
import { contains, coveringAlignment } from '../lib/spans.js';

/** Lines per document: a few short articles' worth, headlines included. */
const LINES = 20;
/** Documents per version (1,000 lines give 50). */
const DOCS = 25;
/** The b sides: commercial online engines, a research system, and the second human translation. */
const VERSIONS = ['hyp.Online-A', 'hyp.Online-B', 'hyp.Online-G', 'hyp.Online-W', 'hyp.Facebook-AI', 'ref.B'] as const;

/** A document of `lines`, one paragraph each, with the span of every line. */
function documentOf(lines: string[]): { text: string; spans: { start: number; end: number }[] } {
  let text = '';
  const spans = lines.map((l) => {
    if (text) text += '\n\n';
    const start = text.length;
    text += l;
    return { start, end: text.length };
  });
  return { text, spans };
}

/** The wmt task. */
export const task: Task = {
  name: 'wmt',
  description: 'WMT21 de-en: human translation vs machine translations of the same news, line by line',
  async run(ctx) {
    const dir = sharedPath('corpora', 'wmt21-news-de-en', 'txt');
    const file = (v: string) => v.startsWith('ref.') ? join(dir, 'references', `newstest2021.de-en.${v}.en`) : join(dir, 'system-outputs', `newstest2021.de-en.${v}.en`);
    const refA = file('ref.A');
    if (!existsSync(refA)) throw new SkipError(`${refA} not found`);
    const lines = (f: string) => readText(f).split('\n').map((l) => l.trim());
    const a = lines(refA);
    let pairs = 0, derived = 0, linesTotal = 0, linesRight = 0;
    const styles = new Map<Style, number>();
    const relations = new Map<Relation, number>();
    const misses: string[] = [];
    // two translations of one text say the same thing: apart from their quotes, which any translation
    // rewords (and the contract counts every alteration inside quotation marks), a major change between
    // them is mostly a false alarm (a machine translation can get the meaning wrong, so not all are)
    const major = new Map<string, number>();
    for (const v of VERSIONS) {
      const b = lines(file(v));
      for (let d = 0; d < DOCS; d++) {
        const from = d * LINES;
        // lines empty on either side are left out of both, so line i still matches line i
        const keep = [...Array(LINES).keys()].map((k) => from + k).filter((i) => a[i] && b[i]);
        const da = documentOf(keep.map((i) => a[i]!));
        const db = documentOf(keep.map((i) => b[i]!));
        const r = compare({ text: da.text, name: `ref.A:${from}` }, { text: db.text, name: `${v}:${from}` });
        pairs++;
        relations.set(r.relation, (relations.get(r.relation) ?? 0) + 1);
        for (const c of r.changes) if (c.severity === 'major') major.set(c.type, (major.get(c.type) ?? 0) + 1);
        if (DERIVED_RELATIONS.includes(r.relation)) {
          derived++;
          styles.set(r.style, (styles.get(r.style) ?? 0) + 1);
        }
        db.spans.forEach((span, k) => {
          linesTotal++;
          const al = coveringAlignment(r.alignments, span);
          const want = da.spans[k]!;
          if (al && contains(al.a, want)) linesRight++;
          else if (misses.length < 4) misses.push(`${v}:${from + k} "${db.text.slice(span.start, span.start + 50)}..." ${al ? `-> a[${al.a.start},${al.a.end}) want [${want.start},${want.end})` : 'not aligned'}`);
        });
      }
    }
    const share = (n: number, of: number) => n / Math.max(1, of);
    ctx.note(`relations: ${[...relations].map(([k, n]) => `${k} ${n}`).join(', ')}; styles of derived pairs: ${[...styles].map(([k, n]) => `${k} ${n}`).join(', ')}`);
    if (misses.length) ctx.note(`first misaligned lines: ${misses.join('; ')}`);
    ctx.note(`major changes between the translations, by type: ${[...major].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
    return [
      metric('pairs (6 versions x 25 documents of 20 lines)', pairs),
      metric('pairs called derived (any)', share(derived, pairs), '>= 0.95'),
      metric('lines aligned to their own line', share(linesRight, linesTotal), '>= 0.95'),
      metric('derived pairs styled translation-like', share(styles.get('translation-like') ?? 0, derived)),
      metric('major changes per pair, quotes aside (mostly false alarms)', share([...major].reduce((n, [k, x]) => n + (k === 'quote' ? 0 : x), 0), pairs)),
    ];
  },
};
