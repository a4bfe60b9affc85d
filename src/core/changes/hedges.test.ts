import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertSpans, none, ofType, one, run } from './harness.test.js';

test('"will" -> "may" is a certainty change', () => {
  const r = run('The committee will keep rates at this level.', 'The committee may keep rates at this level.');
  const c = one(r, 'hedge');
  assert.equal(c.severity, 'minor');
  assert.match(c.detail, /"will" → "may" \(certain → possible\)/);
  assertSpans(r);
});

test('the hedge phrase is reported whole: "are likely intended to" -> "may"', () => {
  const c = one(run('Analysts say the demands are likely intended to shape a deal.', 'Analysts say the demands may shape a deal.'), 'hedge');
  assert.equal(c.a!.text, 'are likely intended to');
  assert.equal(c.b!.text, 'may');
});

test('a hedge dropped turns a possibility into a fact', () => {
  const c = one(run('The dam may fail within a week.', 'The dam fails within a week.'), 'hedge');
  assert.match(c.detail, /hedge dropped: "may"/);
});

test('"claim" -> "statement" and "demanded" -> "asked"', () => {
  assert.match(one(run('Officials rejected the mayor’s claim that the port was safe.', 'Officials rejected the mayor’s statement that the port was safe.'), 'hedge').detail,
    /"claim" → "statement" \(disputed → neutral\)/);
  assert.match(one(run('The union demanded that the board resign.', 'The union asked the board to resign.'), 'hedge').detail,
    /"demanded" → "asked" \(demand → request\)/);
});

test('a demand moved into the present tense', () => {
  const r = run('Velmora also demanded a veto over new members.', 'Velmora also requires a veto over new members.');
  const c = one(r, 'hedge');
  assert.match(c.detail, /tense shifted \(past → present\): "demanded" → "requires"/);
  assert.equal(c.severity, 'minor');
});

test('same verb, same tense, same modality: nothing', () => {
  none(run('The minister said the plan could work.', 'The minister said that the plan could work.'), 'hedge');
  none(run('Five analysts expected no change.', 'Five analysts had expected a pause.'), 'hedge');
  assert.equal(ofType(run('Officials have discussed the terms.', 'Officials discussed the terms.'), 'hedge').length, 0);
});

test('a plural noun after a preposition or a number is no present-tense verb', () => {
  none(run('The president greeted the crowd with flowers on Friday.', 'The president greeted the crowd and congratulated on Friday.'), 'hedge');
  none(run('Officials counted 40 floods on Friday.', 'Officials counted and recorded on Friday.'), 'hedge');
});

test('a suspect named as if proven guilty is a major hedge change; the reverse is minor', () => {
  const c = one(run('The suspect, 34, was arrested on Wednesday in Harlow.', 'The killer, 34, was arrested on Wednesday in Harlow.'), 'hedge');
  assert.equal(c.severity, 'major');
  assert.match(c.detail, /guilt changed: "suspect" → "killer" \(accused → guilty\)/);
  assert.equal(one(run('The thief was arrested on Wednesday in Harlow.', 'The accused was arrested on Wednesday in Harlow.'), 'hedge').severity, 'minor');
  // "suspect" as a verb names no one
  none(run('Police suspect that a thief started the fire in Harlow.', 'Police believe that a thief started the fire in Harlow.'), 'hedge');
  none(run('The suspect was arrested on Wednesday in Harlow.', 'The defendant was arrested on Wednesday in Harlow.'), 'hedge');
});

test('a quantifier of another size is a minor hedge change; idioms and approximations are none', () => {
  const c = one(run('Most residents support the plan, a poll found.', 'Some residents support the plan, a poll found.'), 'hedge');
  assert.equal(c.severity, 'minor');
  assert.match(c.detail, /quantity changed: "Most" → "Some" \(most → some\)/);
  none(run('She missed the highlights, most of all the fireworks on Sunday.', 'She missed the highlights, above all the fireworks on Sunday.'), 'hedge');
  none(run('Some 90 firefighters fought the blaze.', 'About 90 firefighters fought the blaze.'), 'hedge');
  none(run('It was the most important vote in years.', 'It was the biggest vote in years.'), 'hedge');
  none(run('Several residents support the plan.', 'Some residents support the plan.'), 'hedge');
});

test('a group labelled in loaded words, and a death told as a murder, are major hedge changes', () => {
  const label = one(run('Police said the protesters gathered outside parliament.', 'Police said the rioters gathered outside parliament.'), 'hedge');
  assert.equal(label.severity, 'major');
  assert.equal(label.detail, 'label changed: "protesters" → "rioters" (neutral → loaded)');
  assert.match(one(run('The militants attacked a checkpoint, the army said.', 'The terrorists attacked a checkpoint, the army said.'), 'hedge').detail, /"militants" → "terrorists"/);
  const death = one(run('The man died in hospital, his family said.', 'The man was murdered in hospital, his family said.'), 'hedge');
  assert.equal(death.severity, 'major');
  assert.match(death.detail, /harm changed: "died" → "was murdered" \(death → murder\)/);
  // a shooting death told either way is no change; neutral words for neutral words neither
  none(run('One person died from a gunshot in Austin.', 'In Austin, one person was killed by gunfire.'), 'hedge');
  none(run('The protesters marched to the square.', 'The demonstrators marched to the square.'), 'hedge');
});

test('what happened to a victim or to an office holder, told otherwise, is a major hedge change', () => {
  const harm = one(run('At least three people died when a crane collapsed in Harlow.', 'At least three people were injured when a crane collapsed in Harlow.'), 'hedge');
  assert.equal(harm.severity, 'major');
  assert.equal(harm.detail, 'harm changed: "died" → "were injured" (death → injury)');
  const left = one(run('The finance minister resigned on Friday, two days after the vote.', 'The finance minister was fired on Friday, two days after the vote.'), 'hedge');
  assert.equal(left.severity, 'major');
  assert.match(left.detail, /departure changed: "resigned" → "was fired" \(resigned → removed\)/);
  none(run('The finance minister resigned on Friday.', 'The finance minister quit on Friday.'), 'hedge');
  none(run('The fire destroyed the hall, and the minister resigned.', 'The blaze destroyed the hall, and the minister resigned.'), 'hedge');
});
