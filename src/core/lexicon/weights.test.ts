import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isKnownWord, priorWeight } from './weights.js';

test('priorWeight', async (t) => {
  await t.test('should give unknown words (names) the full weight', () => {
    assert.equal(priorWeight('zelensky'), 1);
    assert.equal(priorWeight('qwertyuiop'), 1);
  });
  await t.test('should weigh everyday words below rarer ones', () => {
    assert.ok(priorWeight('be') < priorWeight('say'));
    assert.ok(priorWeight('say') < priorWeight('negotiation'));
    assert.ok(priorWeight('year') < priorWeight('ceasefire'));
  });
  await t.test('should stay within (0, 1]', () => {
    for (const w of ['be', 'have', 'the', 'time', 'truce', 'x']) {
      const v = priorWeight(w);
      assert.ok(v > 0 && v <= 1, `${w}: ${v}`);
    }
  });
});

test('isKnownWord', () => {
  assert.equal(isKnownWord('treaty'), true);
  assert.equal(isKnownWord('zelensky'), false);
});
