/**
 * @module
 * `bbc-summary`: 100 BBC articles with extractive summaries whose sentences occur verbatim in the
 * article. compare(article, summary) must align every summary sentence to the article passage that
 * contains it: the alignment with the most overlap on the summary sentence must span, in the
 * article, the place where that sentence occurs.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../src/core/types.js';
import { DERIVED_RELATIONS } from '../lib/corpus.js';
import { compare } from '../lib/engine.js';
import { metric, type Task } from '../lib/harness.js';
import { readText, sharedPath } from '../lib/paths.js';
import { contains, coveringAlignment } from '../lib/spans.js';

/** Every place `needle` occurs in `text`. */
function occurrences(text: string, needle: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push({ start: i, end: i + needle.length });
  return out;
}

/** The bbc-summary task. */
export const task: Task = {
  name: 'bbc-summary',
  description: 'BBC extractive summaries: each summary sentence aligned to its article sentence',
  async run(ctx) {
    const root = sharedPath('corpora', 'bbc-news-summary-sample', 'corpus');
    let sentences = 0, exact = 0, unaligned = 0, pairs = 0, derived = 0, coverageB = 0;
    const misses: string[] = [];
    for (const topic of readdirSync(join(root, 'article')).sort()) {
      for (const file of readdirSync(join(root, 'article', topic)).sort()) {
        const article = readText(join(root, 'article', topic, file));
        const summary = readText(join(root, 'summary', topic, file));
        const r = compare({ text: article, name: `${topic}/${file}` }, { text: summary, name: `summary/${topic}/${file}` });
        pairs++;
        if (DERIVED_RELATIONS.includes(r.relation)) derived++;
        coverageB += r.coverage.b;
        let from = 0;
        for (const line of summary.split('\n').map((l) => l.trim()).filter(Boolean)) {
          const start = summary.indexOf(line, from);
          from = start + line.length;
          const al = coveringAlignment(r.alignments, { start, end: from });
          sentences++;
          if (!al) {
            unaligned++;
            if (misses.length < 5) misses.push(`${topic}/${file} "${line.slice(0, 50)}..." not aligned`);
            continue;
          }
          if (occurrences(article, line).some((occ) => contains(al.a, occ))) exact++;
          else if (misses.length < 5) misses.push(`${topic}/${file} "${line.slice(0, 50)}..." -> a[${al.a.start},${al.a.end})`);
        }
      }
    }
    if (misses.length) ctx.note(`first misses: ${misses.join('; ')}`);
    return [
      metric('summary sentences', sentences),
      metric('share aligned exactly', exact / Math.max(1, sentences), '>= 1'),
      metric('share not aligned at all', unaligned / Math.max(1, sentences)),
      metric('pairs called derived (any)', derived / Math.max(1, pairs)),
      metric('mean coverage b (summary)', coverageB / Math.max(1, pairs)),
    ];
  },
};
