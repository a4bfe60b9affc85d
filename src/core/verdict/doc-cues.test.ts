import assert from 'node:assert/strict';
import test from 'node:test';
import { analyze } from '../text/analyze.js';
import { copyCue, isFurniture } from '../text/furniture.js';
import { docCues } from './doc-cues.js';

// Fictional sentences written for these tests.

test('docCues: first mentions', async (t) => {
  await t.test('a full name at first mention is full, a bare surname or title + surname is not', () => {
    const m = docCues(analyze('The council chair, Miriam Osgood, backed the plan. Later Ms. Osgood spoke again. Mr. Prewett agreed.')).firstMention;
    assert.equal(m.get('osgood'), true);
    assert.equal(m.get('prewett'), false);
  });
  await t.test('only the first mention counts', () => {
    const m = docCues(analyze('Osgood backed the plan. The chair, Miriam Osgood, spoke.')).firstMention;
    assert.equal(m.get('osgood'), false);
  });
  await t.test('headlines (no closing punctuation) are not first mentions', () => {
    const m = docCues(analyze('Osgood wins ferry vote\n\nThe council chair, Miriam Osgood, won the vote on Tuesday.')).firstMention;
    assert.equal(m.get('osgood'), true);
  });
  await t.test('a capital that starts a sentence is grammar, not a name', () => {
    const m = docCues(analyze('Harbour traffic rose. Ferries ran late.')).firstMention;
    assert.equal(m.has('harbour'), false);
    assert.equal(m.has('ferries'), false);
  });
});

test('docCues: figures', () => {
  const f = docCues(analyze('The ferry resumes on March 11 for about 1,300 residents and six crossings a day.')).figures[0]!;
  assert.deepEqual([...f.figures].sort((x, y) => x - y), [-1, 11, 1300], 'digits and month names; spelled numbers are not precise figures');
  assert.deepEqual(f.hedged, [1300]);
  assert.deepEqual(docCues(analyze('Nothing precise here.')).figures[0]!.figures, []);
});

test('docCues: garbling', () => {
  assert.equal(docCues(analyze('The 30 -day plan was was approved , and prices rose 2. 3% in May.')).garble, 4);
  assert.equal(docCues(analyze('The 30-day plan was approved, and he said that that was fine. Prices rose 2.3%.')).garble, 0);
});

test('boilerplate: notices and credits', () => {
  assert.equal(copyCue('Copyright the original publisher.'), 2);
  assert.equal(copyCue('(Wire copy) Ferry to resume service'), 2);
  assert.equal(copyCue('KESTREL POINT (Reuters) - The ferry will resume service.'), 1);
  assert.equal(copyCue('The ferry will resume service next month.\n\n\u2014 AFP'), 1);
  assert.equal(copyCue('A deckhand told Reuters the ferry would resume service.'), 0, 'an agency\'s own reporting is no credit');
  assert.equal(copyCue('The original version of the bill was rejected.'), 0);
  // a republication notice is not story text
  assert.ok(isFurniture('This story was originally published by the Kestrel Courier.'));
});
