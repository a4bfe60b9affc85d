import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertSpans, none, one, run } from './harness.test.js';

test('a dropped "no" is a major negation change', () => {
  const r = run('Observers reported no serious irregularities at the polls.', 'Observers reported serious irregularities at the polls.');
  const c = one(r, 'negation');
  assert.equal(c.severity, 'major');
  assert.match(c.a!.text, /^no serious/);
  assertSpans(r);
});

test('"-free" lost in translation is a negation change', () => {
  const c = one(run('The treaty keeps the islands nuclear-free for a decade.', 'The treaty keeps the islands nuclear for a decade.'), 'negation');
  assert.match(c.detail, /"nuclear-free/);
});

test('an added "not" is a negation change', () => {
  const c = one(run('The plan was approved by the board.', 'The plan was not approved by the board.'), 'negation');
  assert.match(c.detail, /negation added/);
  assert.match(c.b!.text, /not approved/);
});

test('equivalent negations cancel out', () => {
  none(run('It is not clear whether the port will reopen.', 'It is unclear whether the port will reopen.'), 'negation');
  none(run('The terms include no membership for Velmora and an agreement not to deploy troops.',
    'The terms include non-membership for Velmora and an agreement without deploying troops.'), 'negation');
  none(run('The deal never went through.', 'The deal was not approved.'), 'negation');
});

test('"not only" and "no change" are not negations to lose', () => {
  none(run('The plan will not only cut costs but also save time.', 'The plan will cut costs and save time.'), 'negation');
  none(run('Five analysts expected no change.', 'Five analysts had expected rates to stay on hold.'), 'negation');
});

test('a clause dropped with its negation is an omission, not a change of polarity', () => {
  none(run('Professor Alan Reed, who was not involved in the study, said the findings were encouraging.',
    'Professor Alan Reed said the findings were encouraging.'), 'negation');
  // the statement is still there: its polarity flipped
  const c = one(run('Researchers did not find any reduction in heart attacks.', 'Researchers found a reduction in heart attacks.'), 'negation');
  assert.match(c.detail, /negation dropped/);
});

test('a negative word matched to a synonym on the other side says no there too', () => {
  none(run('The company declines the creditors\' offer as unjust.', 'The company rejects the creditors\' offer as unfair.'), 'negation');
});

test('negations said another way: a prefixed word, the same words in another order, "no matter"', () => {
  none(run('Olympic champion Werth is not to be defeated in Achleiten.', 'Olympic dressage champion Werth unbeatable in Achleiten.'), 'negation');
  none(run('Infected workers were separated from non-infected ones.', 'Infected workers were separated from uninfected ones.'), 'negation');
  none(run('The ruling does not say anything and changes nothing, he said.', 'The ruling says nothing and does not change anything, he said.'), 'negation');
  none(run('People who had a house, even if it was small, will often not want to move.',
    'Anyone who had a house, no matter how small it was, often does not want to move.'), 'negation');
  // a prefixed word the other side has too says nothing about the extra "not"
  assert.match(one(run('The champion was not unbeatable in Achleiten.', 'The champion was unbeatable in Achleiten.'), 'negation').detail, /negation dropped/);
  // "no change" said positively elsewhere is still a negation lost where the change is said
  assert.match(one(run('The bank said there would be no change in rates.', 'The bank said there would be a change in rates.'), 'negation').detail, /negation dropped/);
});

test('a negative verb turned into its opposite is a negation change, with nothing else around it matched', () => {
  const denied = one(run('She denied that the council had ignored earlier warnings.', 'She admitted that the council had ignored earlier warnings.'), 'negation');
  assert.equal(denied.severity, 'major');
  assert.equal(denied.a!.text, 'denied');
  assert.equal(denied.b!.text, 'admitted');
  assert.equal(one(run('She admitted that the council had ignored earlier warnings.', 'She denied that the council had ignored earlier warnings.'), 'negation').detail, 'opposite word: "admitted" → "denied"');
  assert.equal(one(run('The council refused to pay the fine.', 'The council agreed to pay the fine.'), 'negation').detail, 'opposite word: "refused" → "agreed"');
  // a negative verb the negation count also sees ("rejected" / "accepted") is reported once
  assert.equal(one(run('The council rejected the offer from Acme on Monday.', 'The council accepted the offer from Acme on Monday.'), 'negation').detail, 'opposite word: "rejected" → "accepted"');
  // a negative verb said another way is no reversal
  none(run('She denied that the council had ignored earlier warnings.', 'She rejected claims that the council had ignored earlier warnings.'), 'negation');
});

test('"declined to" says no like "did not"; "sales declined" says no no', () => {
  none(run('A spokesperson for Acme declined to comment on Monday.', 'A spokesperson for Acme did not comment on Monday.'), 'negation');
  assert.match(one(run('A spokesperson for Acme declined to comment on Monday.', 'A spokesperson for Acme chose to comment on Monday.'), 'negation').detail, /negation dropped: "declined/);
  none(run('Sales declined in March, the company said.', 'Sales fell in March, the company said.'), 'negation');
});
