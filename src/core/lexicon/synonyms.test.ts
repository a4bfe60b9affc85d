import { test } from 'node:test';
import assert from 'node:assert/strict';
import { antonyms, areSynonyms, sharesId, synsets } from './synonyms.js';

test('synsets', async (t) => {
  await t.test('should give sorted ids for known lemmas and none for unknown ones', () => {
    const ids = synsets('demand');
    assert.ok(ids.length > 0);
    assert.deepEqual([...ids], [...ids].sort((a, b) => a - b));
    assert.equal(synsets('qwertyuiop').length, 0);
  });
});

test('areSynonyms', async (t) => {
  const yes: [string, string][] = [
    ['truce', 'ceasefire'], ['demand', 'requirement'], ['demand', 'require'], ['big', 'large'],
    ['negotiation', 'negotiate'], ['talk', 'negotiation'], ['say', 'tell'], ['arm', 'weapon'],
  ];
  for (const [a, b] of yes) {
    await t.test(`should link ${a} and ${b}`, () => {
      assert.ok(areSynonyms(a, b));
      assert.ok(areSynonyms(b, a));
    });
  }
  await t.test('should not link unrelated words', () => {
    assert.equal(areSynonyms('truce', 'banana'), false);
    assert.equal(areSynonyms('demand', 'river'), false);
    assert.equal(areSynonyms('qwerty', 'asdfgh'), false);
  });
  await t.test('should count a word as its own synonym', () => assert.ok(areSynonyms('zzyzx', 'zzyzx')));
});

test('sharesId', () => {
  assert.equal(sharesId([1, 4, 9], [2, 4]), true);
  assert.equal(sharesId([1, 3], [2, 4]), false);
  assert.equal(sharesId([], [1]), false);
});

test('antonyms: WordNet direct antonyms of first senses, both ways, without negative-prefix pairs', () => {
  assert.ok(antonyms('rise').includes('fall'));
  assert.ok(antonyms('fall').includes('rise'));
  assert.ok(antonyms('north').includes('south'));
  assert.deepEqual(antonyms('rise').includes('set'), false, "the sun's sense of rise is not a first sense");
  assert.deepEqual(antonyms('damaged'), [], 'damaged / undamaged is left to the negation prefix rule');
  assert.deepEqual(antonyms('copytrace'), []);
});
