/**
 * @module
 * `semeval`: real news article pairs scraped from the web (SemEval-2022 task 8, the English pairs of
 * the HFL text sample that are original rows of the organisers' train set), each scored by people
 * from 1 (same story) to 4 (different stories). Scraped text keeps page furniture: newsletter and
 * social-media prompts, syndication notices, disclaimers, player notices. Two articles of one outlet
 * share it word for word, and must not be called derived for that. The texts were cut by HFL to
 * their head and tail, so a furniture footer weighs more here than in a whole article.
 */
import { join } from 'node:path';
import type { Relation } from '../../src/core/types.js';
import { parseCsv } from '../lib/csv.js';
import { DERIVED_RELATIONS } from '../lib/corpus.js';
import { compare } from '../lib/engine.js';
import { metric, type Task } from '../lib/harness.js';
import { readText, sharedPath } from '../lib/paths.js';
import { pearson } from './sts.js';

/** Rows at or above this index in the HFL files are HFL's own augmented rows (SOURCE.md). */
const FIRST_AUGMENTED_ROW = 4964;
/** Overall score (mean of annotators, 1..4) up to which a pair is the same story. */
const SAME_STORY = 1.5;
/** ... and from which the two are different stories. */
const DIFFERENT_STORIES = 3.5;

interface Pair { id: string; a: string; b: string; overall: number }

/** The English pairs of the HFL sample that are original train rows, each once. */
function readPairs(): Pair[] {
  const dir = sharedPath('corpora', 'semeval2022-task8');
  const train = new Set(parseCsv(readText(join(dir, 'labels', 'semeval-2022_task8_train-data_batch_2.csv'))).slice(1).map((r) => r[2]));
  const pairs = new Map<string, Pair>();
  for (const file of ['training_set.csv', 'testing_set.csv']) {
    for (const r of parseCsv(readText(join(dir, 'hfl-text-sample', file))).slice(1)) {
      const [row, id = '', lang1, lang2, a = '', b = ''] = r;
      if (Number(row) >= FIRST_AUGMENTED_ROW || !train.has(id) || lang1 !== 'en' || lang2 !== 'en' || pairs.has(id)) continue;
      pairs.set(id, { id, a, b, overall: Number(r[10]) });
    }
  }
  return [...pairs.values()];
}

/** The semeval task. */
export const task: Task = {
  name: 'semeval',
  description: 'SemEval-2022 task 8 English news pairs: same-story pairs related or derived, different stories not derived',
  async run(ctx) {
    const pairs = readPairs();
    const results = pairs.map((p) => ({ p, r: compare({ text: p.a, name: `${p.id} a` }, { text: p.b, name: `${p.id} b` }, { verdictOnly: true }) }));
    const isDerived = (rel: Relation) => DERIVED_RELATIONS.includes(rel);
    const same = results.filter((x) => x.p.overall <= SAME_STORY);
    const different = results.filter((x) => x.p.overall >= DIFFERENT_STORIES);
    const wrong = different.filter((x) => isDerived(x.r.relation));
    for (const x of wrong) ctx.note(`different stories (${x.p.overall.toFixed(2)}) called ${x.r.relation} ${x.r.score.toFixed(2)}: ${x.p.id}`);
    const share = (xs: typeof results, f: (rel: Relation) => boolean) => xs.filter((x) => f(x.r.relation)).length / Math.max(1, xs.length);
    return [
      metric('pairs (English, original rows)', pairs.length),
      metric(`same story (overall <= ${SAME_STORY}): related or derived`, share(same, (rel) => rel !== 'unrelated')),
      metric(`different stories (overall >= ${DIFFERENT_STORIES}): called derived (any)`, share(different, isDerived), '<= 0.02'),
      metric(`different stories: called unrelated`, share(different, (rel) => rel === 'unrelated')),
      // people score 1 for the same story and 4 for different ones: a good score correlates negatively
      metric('pearson of score with overall (negative is right)', pearson(results.map((x) => x.r.score), results.map((x) => x.p.overall))),
    ];
  },
};
