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

test('the same value in another unit of the same dimension is a major change', () => {
  const money = one(run('The damage is estimated at $5 million, the council said.', 'The damage is estimated at 5 million euros, the council said.'), 'number');
  assert.equal(money.severity, 'major');
  assert.match(money.detail, /unit changed: "\$5 million" → "5 million euros" \(dollar → euro\)/);
  const points = one(run('Insurance claims rose 5% last year, the insurers said.', 'Insurance claims rose 5 percentage points last year, the insurers said.'), 'number');
  assert.match(points.detail, /"5%" → "5 percentage points" \(percent → percentage point\)/);
  assert.equal(points.b!.text, '5 percentage points');
  assert.match(one(run('The new road is 10 km long.', 'The new road is 10 miles long.'), 'number').detail, /kilometre → mile/);
  assert.match(one(run('Repairs of the bridge took five days, the engineers said.', 'Repairs of the bridge took five weeks, the engineers said.'), 'number').detail, /day → week/);
  assertSpans(run('It cost £3bn in total.', 'It cost 3bn euros in total.'));
});

test('one unit written two ways, units of other dimensions and unknown units are no unit change', () => {
  none(run('The damage is estimated at $5 million.', 'The damage is estimated at 5 million dollars.'), 'number');
  none(run('The fund holds €2m.', 'The fund holds 2m euros.'), 'number');
  none(run('The boat carried 20 tonnes of grain.', 'The boat carried 20 tons of grain.'), 'number');
  none(run('The storm destroyed 40 houses.', 'The storm destroyed 40 homes.'), 'number');
  none(run('Growth will return six months later.', 'Growth will return half a year later.'), 'number');
  none(run('The parcel weighed 5 pounds.', 'The parcel weighed 5 kg.'), 'number');
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

test('a tally given the other way round, and a changed rank, are major number changes', () => {
  const swapped = one(run('The Senate passed the housing bill 52-48 on Thursday.', 'The Senate passed the housing bill 48-52 on Thursday.'), 'number');
  assert.equal(swapped.severity, 'major');
  assert.equal(swapped.detail, 'figures swapped: 52-48 → 48-52');
  const rank = one(run('Maria Santos became the first woman to lead the ministry.', 'Maria Santos became the second woman to lead the ministry.'), 'number');
  assert.equal(rank.detail, 'rank changed: "first" → "second"');
  assertSpans(run('Harlow won 3-1 in the cup.', 'Harlow won 1-3 in the cup.'));
  // a sentence adverb is no rank; the same rank in other words is no change
  none(run('First, the council voted on the budget.', 'Second, the council voted on the budget.'), 'number');
  none(run('The Senate passed the bill 52-48.', 'The Senate passed the bill by 52 votes to 48.'), 'number');
});

test('a change by an amount given as a change to a level is a major number change', () => {
  const r = run('The drug reduced the risk by 30%, the authors said.', 'The drug reduced the risk to 30%, the authors said.');
  const c = one(r, 'number');
  assert.equal(c.severity, 'major');
  assert.equal(c.detail, 'amount and level confused: "by 30%" → "to 30%"');
  assert.equal(c.a!.text, 'by 30%');
  assertSpans(r);
  none(run('Prices rose by 3% in May.', 'Prices went up by 3% in May.'), 'number');
});
