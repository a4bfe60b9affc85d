/**
 * @module
 * `clough`: Clough & Stevenson's short answers, each compared with its task's Wikipedia source.
 * cut/light/heavy answers must come out derived (any derived relation); `non` answers, written
 * independently on the same question, should come out `related`.
 */
import { join } from 'node:path';
import type { Relation, Style } from '../../src/core/types.js';
import { DERIVED_RELATIONS } from '../lib/corpus.js';
import { compare } from '../lib/engine.js';
import { metric, type Task } from '../lib/harness.js';
import { readText, sharedPath } from '../lib/paths.js';

const CATEGORIES = ['cut', 'light', 'heavy', 'non'] as const;
type Category = (typeof CATEGORIES)[number];

/** The clough task. */
export const task: Task = {
  name: 'clough',
  description: 'Clough-Stevenson answers vs source: derived (cut/light/heavy) vs non accuracy',
  async run(ctx) {
    const dir = sharedPath('corpora', 'clough-stevenson-plagiarism', 'data');
    const rows = readText(join(dir, 'file_information.csv')).split(/\r?\n/).slice(1).filter(Boolean).map((l) => l.split(','));
    const sources = new Map<string, string>();
    const byCat = new Map<Category, { relation: Relation; score: number; style: Style; file: string }[]>(CATEGORIES.map((c) => [c, []]));
    for (const [file = '', taskId = '', category = ''] of rows) {
      if (!CATEGORIES.includes(category as Category)) continue;
      let source = sources.get(taskId);
      if (source === undefined) sources.set(taskId, (source = readText(join(dir, `orig_task${taskId}.txt`))));
      const r = compare({ text: source, name: `orig_task${taskId}.txt` }, { text: readText(join(dir, file)), name: file });
      byCat.get(category as Category)!.push({ relation: r.relation, score: r.score, style: r.style, file });
    }
    const isDerived = (rel: Relation) => DERIVED_RELATIONS.includes(rel);
    const all = [...byCat].flatMap(([cat, rs]) => rs.map((r) => ({ cat, ...r })));
    const right = all.filter((r) => isDerived(r.relation) === (r.cat !== 'non'));
    const wrong = all.filter((r) => !right.includes(r)).map((r) => `${r.file} (${r.cat} -> ${r.relation})`);
    if (wrong.length) ctx.note(`misclassified ${wrong.length}: ${wrong.slice(0, 12).join(', ')}${wrong.length > 12 ? ', ...' : ''}`);
    const non = byCat.get('non')!;
    const mean = (c: Category) => { const rs = byCat.get(c)!; return rs.reduce((s, r) => s + r.score, 0) / Math.max(1, rs.length); };
    const order = [...CATEGORIES].sort((x, y) => mean(y) - mean(x));
    ctx.note(`mean score ${CATEGORIES.map((c) => `${c} ${mean(c).toFixed(3)}`).join(', ')}`);
    const styles = (c: Category) => { const n = new Map<Style, number>(); for (const r of byCat.get(c)!) if (isDerived(r.relation)) n.set(r.style, (n.get(r.style) ?? 0) + 1); return [...n].map(([k, v]) => `${k} ${v}`).join(', '); };
    ctx.note(`styles of derived answers: ${(['cut', 'light', 'heavy'] as const).map((c) => `${c}: ${styles(c)}`).join('; ')}`);
    const heavy = byCat.get('heavy')!.filter((r) => isDerived(r.relation));
    return [
      metric('answers compared', all.length),
      metric('accuracy derived vs non', right.length / all.length, '>= 0.95'),
      ...(['cut', 'light', 'heavy'] as const).map((c) =>
        metric(`${c}: share derived`, byCat.get(c)!.filter((r) => isDerived(r.relation)).length / Math.max(1, byCat.get(c)!.length))),
      // students rewrote by hand: a heavy rewrite is a paraphrase, never translation-like
      metric('heavy: derived styled translation-like', heavy.filter((r) => r.style === 'translation-like').length / Math.max(1, heavy.length)),
      metric('non: share related', non.filter((r) => r.relation === 'related').length / Math.max(1, non.length), '>= 0.8'),
      // SOURCE.md suggests cut > light > heavy > non; shown, not scored (cut answers copy only parts).
      metric('categories by mean score', order.join(' > ')),
    ];
  },
};
