/**
 * @module
 * `seed`: the project's seed pair. 004 is a Reuters story, 000 a machine-translated, abridged copy
 * of it. The engine must call it derived, a->b, and find the changes listed here.
 */
import { describe, found, type ExpectedChange } from '../lib/changes.js';
import { compare } from '../lib/engine.js';
import { metric, type Task } from '../lib/harness.js';
import { fileWithPrefix, readText, sharedPath } from '../lib/paths.js';

/** The changes a reader sees between 004 (a) and 000 (b); each found by type plus a substring on either side. */
export const SEED_CHANGES: ExpectedChange[] = [
  { label: 'quote', types: ['quote'], a: 'cogent and substantive', b: 'convincing and essential' },
  { label: 'negation (nuclear-free)', types: ['negation', 'entity'], a: 'nuclear-free status', b: 'nuclear situation' },
  { label: 'omission (Kursk section)', types: ['omission'], a: 'Meanwhile, Mr Putin, dressed in military fatigues' },
  { label: 'omission (Stent quote)', types: ['omission'], a: 'There’s no sign that the Russians' },
  { label: 'omission (Schake quote)', types: ['omission'], a: 'These are the same Russian demands' },
  { label: 'addition (photo caption)', types: ['addition'], b: 'The delegations of the US, Saudi Arabia and Russia in Riyadh' },
  { label: 'hedge (demanded/requires)', types: ['hedge'], a: 'Russia also demanded a veto', b: 'Russia also requires veto' },
  { label: 'hedge (demanded/asked)', types: ['hedge'], a: 'Russia demanded that Ukraine give up', b: 'Russia asked Ukraine to abandon' },
  { label: 'hedge (likely intended/may)', types: ['hedge'], a: 'are likely intended', b: 'may not only shape' },
  { label: 'hedge (claim/statement)', types: ['hedge'], a: 'Putin’s claim that Crimea', b: 'statement that Crimea' },
  { label: 'attribution (he said/emphasized)', types: ['attribution'], a: 'entirely new,” he said', b: 'Mr. Kellogg emphasized' },
  { label: 'date (in February/last month)', types: ['date'], a: 'in February on CNN', b: 'last month describing' },
  { label: 'number/date (in 2022/by 2022)', types: ['number', 'date'], a: 'in Istanbul in 2022', b: 'by 2022' },
];

/** The seed task. */
export const task: Task = {
  name: 'seed',
  description: 'seed pair 004 (Reuters) vs 000 (translated copy): verdict and expected changes',
  async run(ctx) {
    const dir = sharedPath('seeds');
    const textA = readText(fileWithPrefix(dir, '004_'));
    const textB = readText(fileWithPrefix(dir, '000_'));
    const r = compare({ text: textA, name: '004' }, { text: textB, name: '000' });
    const hits = SEED_CHANGES.filter((e) => found(r, e, textA, textB));
    const missed = SEED_CHANGES.filter((e) => !hits.includes(e));
    if (missed.length) ctx.note(`missed: ${missed.map(describe).join('; ')}`);
    ctx.note(`engine reported ${r.changes.length} changes, ${r.alignments.length} alignments, style ${r.style}`);
    return [
      metric('relation', r.relation, '= derived'),
      metric('direction', r.direction, '= a->b'),
      metric('expected changes found', hits.length, `= ${SEED_CHANGES.length}`),
      metric('coverage b (copy)', r.coverage.b, '>= 0.75'),
      metric('coverage a (source)', r.coverage.a),
      metric('score', r.score),
    ];
  },
};
