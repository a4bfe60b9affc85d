import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertSpans, none, ofType, one, run } from './harness.test.js';

test('a changed figure is a major number change with its unit', () => {
  const r = run('The city will hire 212 new police officers this year.', 'The city will hire 120 new police officers this year.');
  const c = one(r, 'number');
  assert.equal(c.severity, 'major');
  assert.match(c.detail, /212 → 120 \(police\)/);
  assert.match(c.a!.text, /^212/);
  assert.match(c.b!.text, /^120/);
  assertSpans(r);
});

test('values are compared, not spellings', () => {
  none(run('Talks ran for three weeks in Velmora.', 'Talks ran for 3 weeks in Velmora.'), 'number');
  none(run('The two sides agreed a 30-day truce.', 'The two sides agreed a truce of 30 days.'), 'number');
  none(run('The fund holds 1.5 million euros.', 'The fund holds 1,500,000 euros.'), 'number');
  none(run('Growth will return six months later.', 'Growth will return half a year later.'), 'number');
  none(run('The bank cut rates by a quarter of a percentage point.', 'The bank cut rates by 0.25 percentage points.'), 'number');
});

test('percentages and currency keep their symbols in the detail', () => {
  const r = run('Spending rises by 3.1% to $4.2 billion.', 'Spending rises by 3.8% to $4.2 billion.');
  assert.match(one(r, 'number').detail, /3\.1% → 3\.8%/);
});

test('a bound that changes is a minor number change', () => {
  const c = one(run('The rebels hold less than 200 sq km of land.', 'The rebels hold 200 sq km of land.'), 'number');
  assert.equal(c.severity, 'minor');
  assert.match(c.detail, /qualifier/);
});

test('a figure dropped from an aligned sentence is reported with the place it was', () => {
  const r = run('The storm destroyed 40 homes and cut power to the harbour.', 'The storm destroyed homes and cut power to the harbour.');
  const c = one(r, 'number');
  assert.match(c.detail, /dropped: 40 homes/);
  assert.ok(c.b && c.b.text.length > 0);
  assertSpans(r);
});

test('years belong to dates, not numbers', () => {
  const r = run('The bridge opened in 2021.', 'The bridge opened in 2022.');
  none(r, 'number');
  one(r, 'date');
});

test('a number grouped with dots instead of commas is the same number', () => {
  none(run('The stadium holds 15,000 spectators.', 'The stadium holds 15.000 spectators.'), 'number');
  assert.match(one(run('The stadium holds 15,000 spectators.', 'The stadium holds 16.000 spectators.'), 'number').detail, /15,000 → 16\.000/);
});

test('a figure repeated on the other side is no new value of another figure, unless it counts the same thing', () => {
  const r = run('At (1545) this evening, six prisoners arrived at the airbase.', 'Six prisoners back home - Six prisoners arrived at the airbase.');
  assert.deepEqual(ofType(r, 'number').map((c) => c.detail), ['number dropped: 1545', 'number added: Six prisoners']);
  assert.match(one(run('The council approved 12 of the 40 projects.', 'The council approved 12 of the 12 projects.'), 'number').detail, /40 → 12/);
});
