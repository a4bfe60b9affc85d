import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../text/analyze.js';
import { alignDocuments } from './align.js';

// An invented story and a copy translated sentence by sentence; its fourth sentence shares almost no
// words with the original's ("never went through" / "was not approved").
const SOURCE = [
  'The harbour authority of Kelso Point signed a dredging contract with Norvik Marine on Tuesday.',
  'The contract is worth 18 million euros and runs for four years.',
  'Ships of up to 9 metres draught will be able to reach the inner docks from 2027.',
  'An earlier plan for a new outer pier never went through.',
  'Fishermen fear that the work will disturb the spawning grounds in the bay.',
  'The authority said it would publish an environmental study in May.',
].join(' ');
const TRANSLATED = [
  'The port authority of Kelso Point has signed on Tuesday a contract of dredging with Norvik Marine.',
  'The contract has a value of 18 million euros and a duration of four years.',
  'Ships with a draught until 9 metres will be able to arrive at the inner docks starting from 2027.',
  'A former project of one new exterior jetty was not approved.',
  'The fishers are afraid that the works will perturb the zones of spawning in the bay.',
  'The authority declared that it will publish a study of environment in May.',
].join(' ');

const linksOf = (a: string, b: string) => {
  const al = alignDocuments(analyze(a), analyze(b));
  return { al, pairs: al.links.map((l) => `${l.a.join('+')}-${l.b.join('+')}`) };
};

test('in a translation kept sentence for sentence, a single free pair between linked neighbours is linked', () => {
  const { al, pairs } = linksOf(SOURCE, TRANSLATED);
  assert.deepEqual(pairs, ['0-0', '1-1', '2-2', '3-3', '4-4', '5-5']);
  assert.deepEqual(al.unmatchedA, []);
  assert.deepEqual(al.unmatchedB, []);
});

test('a dropped sentence with a photo caption in its place stays an omission and an addition', () => {
  const sentences = TRANSLATED.split(/(?<=\.) /);
  sentences[3] = 'Photo: Kelso Point Harbour Authority';
  const { al, pairs } = linksOf(SOURCE, sentences.join('\n\n'));
  assert.ok(!pairs.includes('3-3'), pairs.join(' '));
  assert.deepEqual(al.unmatchedA, [3]);
});

test('no gap filling when the copy does not keep the order', () => {
  const s = TRANSLATED.split(/(?<=\.) /);
  const shuffled = [s[4], s[1], s[5], s[3], s[0], s[2]].join(' ');
  const { pairs } = linksOf(SOURCE, shuffled);
  assert.ok(!pairs.includes('3-3'), pairs.join(' '));
});
