import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokenize.js';
import { analyze } from './analyze.js';

const norms = (t: string) => tokenize(t).filter((x) => x.kind !== 'punct').map((x) => x.norm);

test('tokenize', async (t) => {
  await t.test('should keep offsets that point at the original text', () => {
    const text = 'The\u00A0council’s “final” vote: 1,300 ballots.';
    for (const tok of tokenize(text)) assert.equal(text.slice(tok.start, tok.end), tok.text);
  });
  await t.test('should give numbers their value however they are written', () => {
    const vals = (s: string) => tokenize(s).filter((x) => x.kind === 'number').map((x) => x.value);
    assert.deepEqual(vals('1,300 and 5.5 and three and twenty-five'), [1300, 5.5, 3, 25]);
    assert.deepEqual(vals('$1.5 billion, 3bn, 11th'), [1.5e9, 3e9, 11]);
    assert.deepEqual(vals('a 30 -day truce'), [30]);
  });
  await t.test('should fold name variants and leave the pronoun us alone', () => {
    assert.deepEqual(norms('U.S. US United States us'), ['usa', 'usa', 'usa', 'us']);
    assert.deepEqual(norms('Nato NATO European Union'), ['nato', 'nato', 'eu']);
  });
  await t.test('should split clitics and expose negation', () => {
    assert.deepEqual(norms("Kremlin's terms haven't changed; they can't"), ['kremlin', "'s", 'terms', 'have', 'not', 'changed', 'they', 'can', 'not']);
  });
  await t.test('should fold curly quotes, dashes and British spellings for matching', () => {
    const [a] = tokenize('defence');
    const [b] = tokenize('defense');
    assert.equal(a!.lemma, b!.lemma);
    assert.equal(tokenize('’')[0]!.norm, "'");
  });
  await t.test('should cut raw tokens where the documented token pattern does', () => {
    const texts = (s: string) => tokenize(s).map((x) => x.text);
    // a number followed by a letter gives back its last separator ("1.5m": the m scales the 5)
    assert.deepEqual(texts('1.5m'), ['1', '.', '5m']);
    assert.deepEqual(texts('11thx 1,234x 3.5.6'), ['11', 'thx', '1', ',', '234', 'x', '3.5.6']);
    assert.deepEqual(texts('2nd, 3rd 12th.'), ['2nd', ',', '3rd', '12th', '.']);
    assert.deepEqual(texts('U.S.A. e.g. 𝐀.𝐁. x'), ['U.S.A.', 'e.g.', '𝐀.𝐁.', 'x']);
    assert.deepEqual(texts("rock'n'roll o'2 COVID19"), ["rock'n'roll", 'o', "'", '2', 'COVID19']);
    assert.deepEqual(texts('naïve cafe\u0301 ²³'), ['naïve', 'cafe\u0301', '²', '³']);
    assert.deepEqual(texts('5\u00A0km\u3000ok\uFEFF.'), ['5', 'km', 'ok', '.']);
    assert.deepEqual(tokenize('ab 12 cd', 3, 5).map((x) => [x.text, x.start]), [['12', 3]]);
  });

  await t.test('should mark capitals and stop words', () => {
    const [the, mayor, lin] = tokenize('the mayor Lin');
    assert.equal(the!.stop, true);
    assert.equal(mayor!.stop, false);
    assert.equal(lin!.cap, true);
  });
});

test('analyze', async (t) => {
  await t.test('should tokenize every sentence within its span', () => {
    const text = 'Rain fell on Monday. The river rose 2 metres.\n\nSchools closed.';
    const doc = analyze(text);
    assert.equal(doc.sentences.length, 3);
    for (const s of doc.sentences) {
      assert.equal(text.slice(s.start, s.end), s.text);
      for (const tok of s.tokens) assert.ok(tok.start >= s.start && tok.end <= s.end);
    }
  });
});
