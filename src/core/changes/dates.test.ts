import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../text/analyze.js';
import { findDates } from './date-parse.js';
import { assertSpans, none, one, run } from './harness.test.js';

test('dates are read into comparable parts', () => {
  const tokens = analyze('Talks began on Feb. 24, 2022 and resumed over the last three weeks, two days ago and in late 2021.').sentences[0]!.tokens;
  const found = findDates(tokens).map(({ t0: _s, t1: _e, ...d }) => d);
  assert.deepEqual(found, [
    { kind: 'absolute', prep: 'on', month: 2, day: 24, year: 2022 },
    { kind: 'relative', prep: 'over', dir: 'past', unit: 'week', count: 3 },
    { kind: 'relative', dir: 'past', unit: 'day', count: 2 },
    { kind: 'absolute', prep: 'in', part: 'late', year: 2021 },
  ]);
});

test('"may" the modal is not the month', () => {
  assert.deepEqual(findDates(analyze('Prices may rise in May.').sentences[0]!.tokens).map((d) => d.month), [5]);
});

test('an absolute date turned relative is a minor date change', () => {
  const r = run('The minister resigned on Tuesday, aides said.', 'The minister resigned last week, aides said.');
  const c = one(r, 'date');
  assert.equal(c.severity, 'minor');
  assert.match(c.detail, /relative.*"on Tuesday" → "last week"/);
  assert.equal(c.a!.text, 'on Tuesday');
  assert.equal(c.b!.text, 'last week');
  assertSpans(r);
});

test('a different year or weekday is a major date change', () => {
  assert.match(one(run('The bridge opened in 2021.', 'The bridge opened in 2022.'), 'date').detail, /year 2021 → 2022/);
  const c = one(run('The final is on Saturday.', 'The final is on Sunday.'), 'date');
  assert.equal(c.severity, 'major');
});

test('a deadline is not a point in time: "in 2022" vs "by 2022"', () => {
  const c = one(run('A deal was drafted in Lormont in 2022.', 'A deal was drafted in Lormont by 2022.'), 'date');
  assert.match(c.detail, /qualifier/);
});

test('the same span of time said differently is not a change', () => {
  none(run('Officials met over the last three weeks.', 'Officials met in the past 3 weeks.'), 'date');
  none(run('Prices fell in recent weeks.', 'In recent weeks, prices fell.'), 'date');
});

test('a date made less specific, dropped or moved to the weekend', () => {
  assert.match(one(run('The vote is on March 3.', 'The vote is in the middle of March.'), 'date').detail, /less specific/);
  assert.match(one(run('She said on May 5 that she would run.', 'She said that she would run.'), 'date').detail, /dropped: "on May 5"/);
  const r = run('He is fit for Saturday’s match against Dunmore.', 'He is fit for the match against Dunmore on the weekend.');
  assert.match(one(r, 'date').detail, /"Saturday" → "on the weekend"/);
});
