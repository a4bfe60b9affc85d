/**
 * @module
 * `examples`: the team's labelled pairs (examples/corpus/labels.json). Relation and direction are
 * judged from the texts alone (no publication times, so direction must come from the text), then
 * again with publication times; every deliberately introduced change is looked up by type and span.
 */
import type { ChangeType } from '../../src/core/types.js';
import { found } from '../lib/changes.js';
import { articlesById, DERIVED_RELATIONS, readLabels } from '../lib/corpus.js';
import { compare } from '../lib/engine.js';
import { metric, type Metric, type Task } from '../lib/harness.js';

const share = (n: number, d: number) => (d ? n / d : NaN);

/** The examples task. */
export const task: Task = {
  name: 'examples',
  description: 'examples/corpus labelled pairs: relation, style, direction, change recall by type',
  async run(ctx) {
    const docs = articlesById();
    const labels = readLabels();
    let relRight = 0, familyRight = 0, dirTotal = 0, dirRight = 0, dirPubRight = 0, styleRight = 0;
    const recall = new Map<ChangeType, { hit: number; total: number }>();
    const wrong: string[] = [];
    const styleWrong: string[] = [];
    for (const pair of labels) {
      const a = docs.get(pair.a)!, b = docs.get(pair.b)!;
      const r = compare({ text: a.text, name: a.id }, { text: b.text, name: b.id });
      const rp = compare({ text: a.text, name: a.id, published: a.published }, { text: b.text, name: b.id, published: b.published });
      if (r.relation === pair.relation) relRight++;
      else wrong.push(`${pair.a}/${pair.b} ${pair.relation} -> ${r.relation}`);
      if (DERIVED_RELATIONS.includes(r.relation) === DERIVED_RELATIONS.includes(pair.relation)) familyRight++;
      if (r.style === pair.style) styleRight++;
      else styleWrong.push(`${pair.a}/${pair.b} ${pair.style} -> ${r.style}`);
      if (pair.direction !== 'unknown') {
        dirTotal++;
        if (r.direction === pair.direction) dirRight++;
        if (rp.direction === pair.direction) dirPubRight++;
      }
      for (const c of pair.changes) {
        const t = recall.get(c.type) ?? { hit: 0, total: 0 };
        t.total++;
        const exp = { types: [c.type], ...(c.a !== undefined && { a: c.a }), ...(c.b !== undefined && { b: c.b }) };
        if (found(r, exp, a.text, b.text)) t.hit++;
        recall.set(c.type, t);
      }
    }
    if (wrong.length) ctx.note(`relation wrong: ${wrong.join('; ')}`);
    if (styleWrong.length) ctx.note(`style wrong: ${styleWrong.join('; ')}`);
    const hits = [...recall.values()].reduce((s, t) => s + t.hit, 0);
    const total = [...recall.values()].reduce((s, t) => s + t.total, 0);
    const byType: Metric[] = [...recall].sort(([x], [y]) => x.localeCompare(y))
      .map(([type, t]) => metric(`change recall: ${type} (${t.total})`, share(t.hit, t.total)));
    return [
      metric('labelled pairs', labels.length),
      metric('relation accuracy', share(relRight, labels.length), '>= 0.9'),
      metric('derived-or-not accuracy', share(familyRight, labels.length), '>= 0.95'),
      metric('style accuracy', share(styleRight, labels.length)),
      metric('direction accuracy (text only)', share(dirRight, dirTotal), '>= 0.9'),
      metric('direction accuracy (with dates)', share(dirPubRight, dirTotal), '>= 1'),
      metric(`change recall (${total})`, share(hits, total), '>= 0.8'),
      ...byType,
    ];
  },
};
