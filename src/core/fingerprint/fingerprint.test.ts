import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FINGERPRINT_CONFIG, resolveFingerprintConfig } from './config.js';
import { fingerprint, fingerprintSets, FINGERPRINT_KINDS } from './fingerprint.js';
import { fmix32, hashWords, murmur3 } from './hash.js';
import { collisionProbability, optimalLshParams } from './lsh-params.js';
import { bandKeys, estimateJaccard, minhash, shingleHashes } from './minhash.js';

const ARTICLES = fileURLToPath(new URL('../../../examples/corpus/articles.jsonl', import.meta.url));
const articles = new Map(readFileSync(ARTICLES, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string }).map((a) => [a.id, a.text]));

function overlap(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const s = new Set(Array.from(a));
  return Array.from(b).filter((x) => s.has(x)).length;
}

test('hashes', async (t) => {
  await t.test('should be deterministic, unsigned 32-bit and seed-dependent', () => {
    assert.equal(murmur3('Putin'), murmur3('Putin'));
    assert.notEqual(murmur3('Putin', 1), murmur3('Putin', 2));
    for (const h of [murmur3(''), murmur3('a'), fmix32(-1), hashWords([1, 2, 3], 0, 3)]) assert.ok(Number.isInteger(h) && h >= 0 && h < 2 ** 32);
  });
  await t.test('should not collide on 20,000 distinct words', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 20_000; i++) seen.add(murmur3(`word${i}`));
    assert.ok(seen.size >= 19_999);
  });
});

test('LSH parameters', async (t) => {
  await t.test('should put the S-curve at the threshold and move it with the error weights', () => {
    const p = optimalLshParams(0.5, 128, 0.5, 0.5);
    assert.ok(p.bands * p.rows <= 128);
    assert.ok(collisionProbability(0.8, p.bands, p.rows) > 0.95);
    assert.ok(collisionProbability(0.2, p.bands, p.rows) < 0.1);
    const recall = optimalLshParams(0.5, 128, 0.1, 0.9);
    const precision = optimalLshParams(0.5, 128, 0.9, 0.1);
    assert.ok(collisionProbability(0.4, recall.bands, recall.rows) > collisionProbability(0.4, precision.bands, precision.rows));
  });
  await t.test('should take an override and refuse impossible values', () => {
    assert.deepEqual(resolveFingerprintConfig({ lshParams: { bands: 8, rows: 8 } }).lshParams, { bands: 8, rows: 8 });
    assert.throws(() => resolveFingerprintConfig({ lshParams: { bands: 9, rows: 8 } }), RangeError);
    assert.throws(() => optimalLshParams(1.2, 64), RangeError);
    assert.throws(() => optimalLshParams(0.5, 1), RangeError);
  });
});

test('MinHash', async (t) => {
  await t.test('should estimate Jaccard similarity', () => {
    const a = Array.from({ length: 400 }, (_, i) => murmur3(`s${i}`));
    const b = [...a.slice(0, 200), ...Array.from({ length: 200 }, (_, i) => murmur3(`t${i}`))];
    const truth = 200 / 600;
    const est = estimateJaccard(minhash(a, 128), minhash(b, 128));
    assert.ok(Math.abs(est - truth) < 0.12, `estimate ${est} vs ${truth}`);
    assert.equal(estimateJaccard(minhash(a, 64), minhash([...a].reverse(), 64)), 1, 'order does not matter');
    assert.equal(estimateJaccard(minhash([], 8), minhash([], 8)), 1, 'two empty sets agree everywhere');
  });
  await t.test('should shingle runs of n token hashes, a short document as one shingle', () => {
    assert.equal(shingleHashes([1, 2, 3, 4, 5, 6], 5).length, 2);
    assert.equal(shingleHashes([1, 2], 5).length, 1);
    assert.equal(shingleHashes([], 5).length, 0);
    const sig = minhash([1, 2, 3], 16);
    assert.equal(bandKeys(sig, 4, 4).length, 4);
    assert.notDeepEqual(bandKeys(sig, 4, 4)[0], bandKeys(new Uint32Array(16).fill(sig[0]!), 4, 4)[1]);
  });
});

test('fingerprint', async (t) => {
  const config = resolveFingerprintConfig();
  const original = articles.get('transfer-original')!;
  const translated = articles.get('transfer-translated')!;
  const verbatim = articles.get('budget-verbatim')!;

  await t.test('should be deterministic and fill every family', () => {
    const a = fingerprint(original, config);
    assert.deepEqual(a, fingerprint(original, config));
    assert.equal(a.lsh.length, config.lshParams.bands);
    assert.equal(a.signature.length, DEFAULT_FINGERPRINT_CONFIG.numPerm);
    assert.ok(a.terms.length > 20 && a.sentences.length > 5 && a.words > 300);
    assert.deepEqual(fingerprintSets(a).map((s) => [s.kind, s.capped]), [[FINGERPRINT_KINDS.lsh, false], [FINGERPRINT_KINDS.term, true], [FINGERPRINT_KINDS.sentence, false]]);
    const empty = fingerprint('', config);
    assert.deepEqual([empty.lsh.length, empty.terms.length, empty.sentences.length], [0, 0, 0]);
  });

  await t.test('should keep names and numbers through a translation-style rewrite, where 5-grams do not survive', () => {
    const a = fingerprint(original, config);
    const b = fingerprint(translated, config);
    const shared = overlap(a.terms, b.terms) / Math.min(a.terms.length, b.terms.length);
    assert.ok(shared > 0.4, `terms shared ${shared}`);
    assert.ok(estimateJaccard(a.signature, b.signature) < 0.2);
  });

  await t.test('should give a republished copy near-identical bands and sentence keys', () => {
    const a = fingerprint(articles.get('budget-original')!, config);
    const b = fingerprint(verbatim, config);
    assert.ok(overlap(a.lsh, b.lsh) >= config.lshParams.bands / 2);
    assert.ok(overlap(a.sentences, b.sentences) / a.sentences.length > 0.8);
  });

  await t.test('should index a content word in every document or in none (consistent sampling)', () => {
    const one = fingerprint('Dockworkers in Saltmere began a strike over pensions on Monday, and the harbour fell silent.', config);
    const two = fingerprint('Pensions were at the heart of it. The strike began on Monday. Dockworkers fell silent, and Saltmere harbour too.', config);
    assert.deepEqual([...one.terms].sort(), [...two.terms].sort());
    assert.equal(overlap(one.sentences, fingerprint('Monday on began Dockworkers in Saltmere a strike over pensions, and the harbour fell silent.', config).sentences), 1,
      'a sentence key ignores word order and function words');
  });
});
