import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertSpans, none, one, run } from './harness.test.js';

test('a word replaced by its opposite is a major negation change', () => {
  const r = run('Unemployment fell to 4.2% in October, the statistics office said.', 'Unemployment rose to 4.2% in October, the statistics office said.');
  const c = one(r, 'negation');
  assert.equal(c.severity, 'major');
  assert.equal(c.detail, 'opposite word: "fell" → "rose"');
  assert.equal(c.a!.text, 'fell');
  assert.equal(c.b!.text, 'rose');
  assertSpans(r);
  assert.match(one(run('A crane collapsed in the north of the capital.', 'A crane collapsed in the south of the capital.'), 'negation').detail, /"north" → "south"/);
  assert.match(one(run('Officials said a 15-year-old boy was hurt.', 'Officials said a 15-year-old girl was hurt.'), 'negation').detail, /"boy" → "girl"/);
  assert.match(one(run('The crane fell before the vote in Harlow.', 'The crane fell after the vote in Harlow.'), 'negation').detail, /"before" → "after"/);
  assert.match(one(run('Seven councillors voted for the plan on Monday.', 'Seven councillors voted against the plan on Monday.'), 'negation').detail, /"for" → "against"/);
});

test('opposites that say the same, or that moved rather than flipped, are no change', () => {
  // a negated word is its opposite's equal
  none(run('Five analysts expected no change in rates.', 'Five analysts expected rates to stay the same.'), 'negation');
  // a set phrase before a number
  none(run('Frankfurt lost the last 16 game against Basel.', 'Frankfurt lost the first leg of the round of 16 against Basel.'), 'negation');
  // both words on both sides: the clause was reordered
  none(run('After the rain stopped, directly before noon, the road opened.', 'Shortly before noon the road opened, after the rain stopped.'), 'negation');
  // function-word opposites about different things
  none(run('The method takes much less time than naive methods.', 'The method is more efficient than naive methods.'), 'negation');
});

test('an opposite before a figure is still an opposite ("rose 5%" / "fell 5%")', () => {
  assert.match(one(run('Sales rose 5% in May, the company said.', 'Sales fell 5% in May, the company said.'), 'negation').detail, /"rose" → "fell"/);
});

test('outcomes and policy moves told the other way are opposites', () => {
  assert.match(one(run('Acme beat analysts\' expectations in the third quarter.', 'Acme missed analysts\' expectations in the third quarter.'), 'negation').detail, /"beat" → "missed"/);
  assert.match(one(run('The central bank raised rates on Monday.', 'The central bank cut rates on Monday.'), 'negation').detail, /"raised" → "cut"/);
  assert.match(one(run('The economy expanded in March, officials said.', 'The economy contracted in March, officials said.'), 'negation').detail, /"expanded" → "contracted"/);
  // about different things, they are no reversal
  none(run('The bank raised rates and the government cut taxes.', 'The bank cut taxes and the government raised rates.'), 'negation');
});
