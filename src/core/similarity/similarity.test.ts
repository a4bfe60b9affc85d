import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../text/analyze.js';
import { createContext, sentenceSimilarity, similarity, wholeSentence } from './index.js';

// Our own sentences about a fictional harbour strike.
const BASE = 'The dock workers of Port Ellery ended their strike on Tuesday after the council agreed to a 4 percent pay rise.';
const PARAPHRASE = 'Port Ellery dockers called off the strike on Tuesday once the council accepted a pay increase of 4 percent.';
const CHANGED = 'The dock workers of Port Ellery ended their strike on Tuesday after the council agreed to a 9 percent pay rise.';
const UNRELATED = 'A heavy snowfall closed the mountain pass and stranded dozens of tourists overnight.';
const ALL = [BASE, PARAPHRASE, CHANGED, UNRELATED, 'Short.', 'Rain fell.'];

test('sentenceSimilarity (strings)', async (t) => {
  await t.test('should give 1 for the same sentence', () => {
    for (const s of ALL) assert.equal(sentenceSimilarity(s, s), 1);
  });
  await t.test('should stay in [0, 1] and be symmetric', () => {
    for (const a of ALL) {
      for (const b of ALL) {
        const ab = sentenceSimilarity(a, b);
        assert.ok(ab >= 0 && ab <= 1, `${ab}`);
        assert.equal(ab, sentenceSimilarity(b, a));
      }
    }
  });
  await t.test('should rank a paraphrase well above an unrelated sentence', () => {
    const para = sentenceSimilarity(BASE, PARAPHRASE);
    const other = sentenceSimilarity(BASE, UNRELATED);
    assert.ok(para > 0.45, `paraphrase ${para}`);
    assert.ok(other < 0.2, `unrelated ${other}`);
  });
  await t.test('should score a changed figure below the same sentence but above a paraphrase', () => {
    const changed = sentenceSimilarity(BASE, CHANGED);
    assert.ok(changed < 1);
    assert.ok(changed > sentenceSimilarity(BASE, PARAPHRASE));
  });
  await t.test('should credit synonyms and inflections', () => {
    const syn = sentenceSimilarity('The truce held.', 'The ceasefire held.');
    const none = sentenceSimilarity('The truce held.', 'The harvest held.');
    assert.ok(syn > none, `${syn} <= ${none}`);
    assert.ok(sentenceSimilarity('Officials demanded talks.', 'The official demands talking.') > 0.7);
  });
  await t.test('should match an acronym to the name it abbreviates', () => {
    const full = 'The Harbour Workers Federation rejected the offer.';
    assert.ok(sentenceSimilarity(full, 'The HWF rejected the offer.') > sentenceSimilarity(full, 'The mayor rejected the offer.'));
  });
  await t.test('should relate a negated word to its plain form', () => {
    const a = 'The outcome is unclear.';
    assert.ok(sentenceSimilarity(a, 'The outcome is not clear.') > sentenceSimilarity(a, 'The outcome is not known.'));
  });
  await t.test('should match a hyphenated compound to its closed spelling', () => {
    assert.ok(sentenceSimilarity('A cease-fire began.', 'A ceasefire began.') > 0.9);
  });
  await t.test('should match a misspelt name through trigrams', () => {
    const a = 'Minister Oskarvalda resigned.';
    assert.ok(sentenceSimilarity(a, 'Minister Oskarwalda resigned.') > sentenceSimilarity(a, 'Minister Brennick resigned.'));
  });
  await t.test('should handle sentences without words', () => {
    assert.equal(sentenceSimilarity('', ''), 1);
    assert.equal(sentenceSimilarity('...', BASE), 0);
  });
});

test('createContext', async (t) => {
  const docA = analyze(`${BASE} The strike had lasted nine days. Ships queued outside the harbour.`);
  const docB = analyze(`${PARAPHRASE} Vessels waited outside the harbour. ${UNRELATED}`);
  await t.test('should find each sentence its counterpart with document weights', () => {
    const ctx = createContext({ documents: [docA, docB] });
    const best = (i: number) => {
      const a = docA.sentences[i]!;
      const scores = docB.sentences.map((b) => ctx.similarity(a, b));
      return scores.indexOf(Math.max(...scores));
    };
    assert.equal(best(0), 0);
    assert.equal(best(2), 1);
  });
  await t.test('should cache features per sentence', () => {
    const ctx = createContext();
    const s = docA.sentences[0]!;
    assert.equal(ctx.features(s), ctx.features(s));
    assert.equal(similarity(ctx.features(s), ctx.features(s), ctx.params), 1);
  });
  await t.test('should refuse features from two contexts', () => {
    const s = docA.sentences[0]!;
    const a = createContext().features(s);
    const b = createContext().features(s);
    assert.throws(() => similarity(a, b, createContext().params), TypeError);
  });
  await t.test('should take tunable overrides', () => {
    const ctx = createContext({ params: { synonymScore: 0 } });
    assert.equal(ctx.params.synonymScore, 0);
    const a = wholeSentence('The truce held.');
    const b = wholeSentence('The ceasefire held.');
    assert.ok(ctx.similarity(a, b) < createContext().similarity(a, b));
  });
});
