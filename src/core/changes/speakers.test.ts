import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../text/analyze.js';
import { namesForRole, roleOf } from './speakers.js';

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
});
