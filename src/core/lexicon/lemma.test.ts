import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lemmatize } from './lemma.js';

test('lemmatize', async (t) => {
  const cases: Record<string, string> = {
    // regular inflection
    demanded: 'demand', troops: 'troop', negotiations: 'negotiation', deploying: 'deploy',
    agreed: 'agree', included: 'include', praised: 'praise', officials: 'official',
    stopped: 'stop', bigger: 'big', happier: 'happy', boxes: 'box', churches: 'church',
    // irregular forms from the WordNet exception lists
    was: 'be', were: 'be', is: 'be', has: 'have', did: 'do', said: 'say', went: 'go', told: 'tell',
    children: 'child', women: 'woman', feet: 'foot', crises: 'crisis', sought: 'seek', brought: 'bring',
    // the more common reading wins when the form is ambiguous
    leaves: 'leave', left: 'leave', found: 'find', saw: 'see',
    // forms that are lemmas in their own right and far more common than the alternative
    ground: 'ground', data: 'data', news: 'news',
    // spelling variants to one spelling
    'cease-fire': 'ceasefire', defence: 'defense', behaviour: 'behavior', finalised: 'finalize',
  };
  for (const [word, lemma] of Object.entries(cases)) {
    await t.test(`should map ${word} to ${lemma}`, () => assert.equal(lemmatize(word), lemma));
  }

  await t.test('should keep comparatives that are words of their own', () => {
    assert.equal(lemmatize('better'), 'better');
    assert.equal(lemmatize('worse'), 'worse');
  });

  await t.test('should leave unknown words, names and numbers unchanged', () => {
    for (const w of ['kyiv', 'zelensky', 'qwertyuiop', '30', '1.5', 'x', '', '-']) assert.equal(lemmatize(w), w);
  });

  await t.test('should lemmatize the head of an unknown hyphenated compound', () => {
    assert.equal(lemmatize('non-awarding'), 'non-award');
  });

  await t.test('should fold upper case', () => assert.equal(lemmatize('Demanded'), 'demand'));
});
