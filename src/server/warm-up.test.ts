import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../core/compare.js';
import { warmUp } from './warm-up.js';
import { COPY, COURT, COURT_BACK, STORY, TRIAL, TRIAL_COPY, WIRE, WIRE_BACK } from './warm-up-texts.js';

test('the warm-up texts reach every stage they are meant to warm', () => {
  const wire = compare(WIRE, WIRE_BACK);
  assert.equal(wire.relation, 'derived');
  assert.equal(wire.style, 'translation-like');
  const story = compare(STORY, COPY);
  assert.equal(story.relation, 'derived');
  const trial = compare(TRIAL, TRIAL_COPY);
  assert.notEqual(trial.relation, 'unrelated');
  const court = compare(COURT, COURT_BACK);
  assert.equal(court.relation, 'derived');
  assert.equal(compare(COURT, STORY).relation, 'unrelated');
  const types = new Set([...wire.changes, ...story.changes, ...trial.changes, ...court.changes].map((c) => c.type));
  for (const t of ['number', 'date', 'entity', 'negation', 'quote', 'attribution', 'hedge', 'omission', 'addition']) assert.ok(types.has(t as never), `no ${t} change`);
  // the typographic features whose first sight re-shapes tokens: curly quotes, n't contractions, accents
  assert.match(WIRE, /\u201c[^\u201d]+\u201d/);
  assert.match(WIRE, /n\u2019t\b/);
  assert.match(WIRE, /[\u00e9\u00ed]/);
});

test('warmUp settles once its budget is spent (a hang fails by the time limit)', { timeout: 60_000 }, async () => {
  await warmUp(1);
});
