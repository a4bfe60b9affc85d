import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertSpans, none, one, run } from './harness.test.js';

test('a source dropped from the end of a sentence', () => {
  const r = run('The blaze forced the evacuation of about 300 homes, officials said.', 'The blaze forced the evacuation of about 300 homes.');
  const c = one(r, 'attribution');
  assert.equal(c.severity, 'minor');
  assert.match(c.detail, /dropped: "officials said"/);
  assert.ok(c.b, 'the b side still has text, so it has a span');
  assertSpans(r);
});

test('"according to" added or replaced by another source', () => {
  const added = one(run('Experts say the treaty may not survive.', 'Experts say the treaty may not survive, according to Harbor Daily.'), 'attribution');
  assert.match(added.detail, /added: "according to Harbor Daily"/);
  const changed = one(run('Twelve people were hurt, according to the health ministry.', 'Twelve people were hurt, according to a hospital spokesman.'), 'attribution');
  assert.equal(changed.severity, 'major');
  assert.match(changed.detail, /changed/);
});

test('a pronoun named on the other side is the same source; a loaded verb is a change', () => {
  const r = run('"We have to start again," he said.', '"We have to start again," Mr. Brandt emphasized.');
  const c = one(r, 'attribution');
  assert.match(c.detail, /"said" → "emphasized" \(neutral → emphasis\)/);
});

test('"said" -> "claimed" casts doubt: a hedge, not an attribution change', () => {
  const r = run('"The books balance," said Mayor Dana Kell.', '"The books balance," claimed Mayor Dana Kell.');
  none(r, 'attribution');
  assert.match(one(r, 'hedge').detail, /"said" → "claimed"/);
});

test('neutral rewording of attribution is not reported', () => {
  none(run('The sources said talks would resume.', 'According to the sources, talks would resume.'), 'attribution');
  none(run('Officials said the road was closed.', 'Officials told reporters the road was closed.'), 'attribution');
  none(run('Five members voted for the cut, according to a statement published at noon.',
    'Five members voted for the cut, the board said in a statement released at noon.'), 'attribution');
});

test('one source in other words: a role in another form, or a synonym, is not a changed attribution', () => {
  none(run('The plan is on hold, her spokesperson said.', 'The plan is on hold, her spokeswoman said.'), 'attribution');
  none(run('The appeal was filed on Monday, his lawyer said.', 'The appeal was filed on Monday, his attorney said.'), 'attribution');
});

test('a reporting word used as a plural noun after describing words is no source', () => {
  const r = run('The dean can set up a new course with very special highlights for students.',
    'The dean will be able to set up a new course for students, with some excellent highlights.');
  none(r, 'attribution');
  // a verb after its subject and a describing clause is still one
  assert.match(one(run('The minister, visibly angry, stresses that the plan failed.', 'The minister, visibly angry, says that the plan failed.'), 'attribution').detail, /stresses/);
});

test('a reporting verb said not to have happened is no source', () => {
  none(run('A spokesperson for Acme declined to comment on Monday.', 'Acme did not respond to a request for comment on Monday.'), 'attribution');
});
