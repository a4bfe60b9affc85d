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

test('times of day compare by value, on a 24-hour or a 12-hour clock', () => {
  const minutes = (text: string) => findDates(analyze(text).sentences[0]!.tokens).map((d) => d.minute);
  assert.deepEqual(minutes('At 21:30, at 9:30 p.m., at 16:15h, at 18h, at 4.15 p.m. and at 6pm.'), [1290, 1290, 975, 1080, 975, 1080]);
  // a score, a decimal and a bare number are not times
  assert.deepEqual(minutes('They lost 0:3 with 3.30 goals a game in 16 games.'), []);
  none(run('A car turned left around 21:30 on Friday.', 'A car turned left on Friday around 9:30 p.m.'), 'date', 'number');
  const c = one(run('The meeting starts at 3 p.m. on Monday.', 'The meeting starts at 5 p.m. on Monday.'), 'date');
  assert.equal(c.detail, 'date changed: "at 3 p.m." → "at 5 p.m."');
  assert.equal(c.severity, 'major');
});

test('the bare day of a range takes its month from the other end', () => {
  none(run('The festival runs from the 14th to the 16th of August.', 'The festival runs from August 14 to 16.'), 'date', 'number');
  none(run('The final is on the 4th or 5th of September.', 'The final is on the 4th or 5th September.'), 'date', 'number');
  const c = one(run('The festival runs from August 14 to 16.', 'The festival runs from August 14 to 18.'), 'date');
  assert.match(c.detail, /date changed: "16" → "18"/);
});

test('a weekday made plural is a single day made recurring, not a date dropped', () => {
  const r = run('The mayor toured the old town in costume on Saturday.', 'The mayor toured the old town in costume on Saturdays.');
  const c = one(r, 'date');
  assert.equal(c.severity, 'minor');
  assert.equal(c.detail, 'single day made recurring: "on Saturday" → "on Saturdays"');
  assertSpans(r);
  none(run('The market opens on Saturdays.', 'On Saturdays the market opens.'), 'date');
  assert.deepEqual(findDates(analyze('It opens on Sundays.').sentences[0]!.tokens).map(({ weekday, recurring }) => ({ weekday, recurring })), [{ weekday: 6, recurring: true }]);
});

test('a point within the other side\'s bound is more specific, one outside it a changed date', () => {
  const inside = one(run('The fire broke out before 7 a.m. on the ridge.', 'The fire broke out at 6:47 a.m. on the ridge.'), 'date');
  assert.equal(inside.severity, 'minor');
  assert.equal(inside.detail, 'date made more specific: "before 7 a.m." → "at 6:47 a.m."');
  assert.match(one(run('The fire broke out at 6:47 a.m. on the ridge.', 'The fire broke out before 7 a.m. on the ridge.'), 'date').detail, /less specific/);
  assert.equal(one(run('The fire broke out before 7 a.m. on the ridge.', 'The fire broke out at 7:15 a.m. on the ridge.'), 'date').severity, 'major');
  assert.match(one(run('Work on the pier started after 2020.', 'Work on the pier started in 2022.'), 'date').detail, /more specific/);
});

test('a deadline turned into a starting point is a major date change; a point made a deadline stays minor', () => {
  const c = one(run('Aides said she would decide before the weekend in Harlow.', 'Aides said she would decide after the weekend in Harlow.'), 'date');
  assert.equal(c.severity, 'major');
  assert.equal(c.detail, 'date bound reversed: "before the weekend" → "after the weekend"');
  none(run('Aides said she would decide before the weekend in Harlow.', 'Aides said she would decide after the weekend in Harlow.'), 'negation');
  assert.equal(one(run('The talks failed in 2022 in Istanbul.', 'The talks failed by 2022 in Istanbul.'), 'date').severity, 'minor');
});
