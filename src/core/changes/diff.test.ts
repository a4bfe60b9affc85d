import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../text/analyze.js';
import { counterpart, counterpartA, diffTokens } from './diff.js';

const toks = (s: string) => analyze(s).sentences[0]!.tokens;
const words = (t: ReturnType<typeof toks>, i0: number, i1: number) => t.slice(i0, i1).map((x) => x.text).join(' ');

test('the diff says what was replaced by what', () => {
  const a = toks('Russia also demanded a veto over new members.');
  const b = toks('Russia also requires a veto on new members.');
  const d = diffTokens(a, b);
  const changed = d.ops.filter((o) => o.kind !== 'equal').map((o) => `${o.kind}: ${words(a, o.a0, o.a1)} → ${words(b, o.b0, o.b1)}`);
  // demand / require are WordNet synonyms, over / on are not
  assert.deepEqual(changed, ['similar: demanded → requires', 'replace: over → on']);
});

test('numbers match by value and lemmas by dictionary form', () => {
  const a = toks('Three ships sailed.');
  const b = toks('3 ship sailed.');
  assert.deepEqual(diffTokens(a, b).ops.map((o) => o.kind), ['equal']);
});

test('counterpart maps a range through the diff, and a dropped range to its insertion point', () => {
  const a = toks('The storm destroyed 40 homes near the harbour.');
  const b = toks('The storm destroyed homes near the harbour.');
  const d = diffTokens(a, b);
  assert.deepEqual(counterpart(d, 3, 4), { b0: 3, b1: 3 });
  assert.deepEqual(counterpart(d, 4, 5), { b0: 3, b1: 4 });
  assert.deepEqual(counterpartA(d, 3, 4), { a0: 4, a1: 5 });
});

test('shared function words do not outweigh a shared name', () => {
  const a = toks('in the talks of the Lormont council');
  const b = toks('Lormont council joined the talks');
  const d = diffTokens(a, b);
  assert.equal(d.aToB[5], 0, 'Lormont is matched');
  assert.equal(d.aToB[6], 1, 'council is matched');
});
