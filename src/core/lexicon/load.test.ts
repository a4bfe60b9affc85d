import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lexicon, loadLexicon, POS_BIT } from './load.js';
import { isCopytraceError } from '../../errors.js';

test('lexicon', async (t) => {
  await t.test('should load the built WordNet lexicon once and share it', () => {
    const lex = lexicon();
    assert.ok(lex.size > 50_000, `only ${lex.size} words`);
    assert.equal(lexicon(), lex);
  });

  await t.test('should find words by binary search and give their parts of speech', () => {
    const lex = lexicon();
    const row = lex.row('demand');
    assert.ok(row >= 0);
    assert.ok(lex.pos(row) & POS_BIT.n);
    assert.ok(lex.pos(row) & POS_BIT.v);
    assert.equal(lex.row('qzxqzxq'), -1);
    assert.equal(lex.row(''), -1);
  });

  await t.test('should carry irregular forms and spelling aliases', () => {
    const lex = lexicon();
    assert.equal(lex.exceptions.n.get('children'), 'child');
    assert.equal(lex.exceptions.v.get('went'), 'go');
    assert.equal(lex.alias.get('cease-fire'), 'ceasefire');
    assert.equal(lex.alias.get('defence'), 'defense');
  });

  await t.test('should tell to run the build when the file is missing', () => {
    assert.throws(
      () => loadLexicon(new URL('file:///nonexistent-copytrace/lexicon/wordnet.json')),
      (e: unknown) => isCopytraceError(e) && e.code === 'internal' && /npm run build/.test(e.message),
    );
  });
});
