import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../text/analyze.js';
import { appositiveNames, namesForRole, roleOf } from './speakers.js';

const tokensOf = (text: string) => analyze(text).sentences.flatMap((s) => s.tokens);

test('a speaker phrase that names no one gives its role', () => {
  assert.equal(roleOf(tokensOf('The judge')), 'judge');
  assert.equal(roleOf(tokensOf('his lawyer')), 'lawyer');
  assert.equal(roleOf(tokensOf('a spokeswoman')), 'spokeswoman');
  assert.equal(roleOf(tokensOf('Judge Nora Vell')), undefined);
  assert.equal(roleOf(tokensOf('she')), undefined);
  assert.equal(roleOf(tokensOf('a spokesman for the ministry')), undefined);
});

test('a document ties a role to the names it gives with it', () => {
  const doc = analyze('Judge Nora Vell opened the hearing. His lawyer, Sofia Prado, spoke next. Tom Reyes, the prosecutor, objected.');
  assert.deepEqual([...namesForRole(doc, 'judge')], ['nora', 'vell']);
  assert.deepEqual([...namesForRole(doc, 'lawyer')], ['sofia', 'prado']);
  assert.deepEqual([...namesForRole(doc, 'prosecutor')], ['reyes', 'tom']);
  assert.deepEqual([...namesForRole(doc, 'witness')], []);
  // a place before the comma opens no clause of names
  assert.deepEqual([...namesForRole(analyze('In Berlin, the judge opened the hearing.'), 'judge')], []);
});

test('names set off by a comma right after a speaker phrase, or opening the clause before it', () => {
  const after = tokensOf('said the Kurstadt director, Lena Brandt.');
  const i = after.findIndex((t) => t.norm === 'the');
  assert.deepEqual(appositiveNames(after, i, i + 3), ['lena', 'brandt']);
  const before = tokensOf('Lena Brandt, the director, said.');
  const j = before.findIndex((t) => t.norm === 'the');
  assert.deepEqual(appositiveNames(before, j, j + 2).sort(), ['brandt', 'lena']);
  const place = tokensOf('In Berlin, the director said.');
  const k = place.findIndex((t) => t.norm === 'the');
  assert.deepEqual(appositiveNames(place, k, k + 2), []);
});
