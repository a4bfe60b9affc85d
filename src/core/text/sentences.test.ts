import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './sentences.js';

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

test('splitSentences', async (t) => {
  await t.test('should not split at titles, initials, months and dotted abbreviations', () => {
    const t1 = 'Mr. Hale met Gen. Ortiz and Dr. J. Rivas on Feb. 3 in the U.S. capital. They agreed.';
    assert.deepEqual(texts(t1), ['Mr. Hale met Gen. Ortiz and Dr. J. Rivas on Feb. 3 in the U.S. capital.', 'They agreed.']);
  });
  await t.test('should end a sentence after U.S. when a sentence starter follows', () => {
    assert.deepEqual(texts('The plant moved to the U.S. The workers stayed.'), ['The plant moved to the U.S.', 'The workers stayed.']);
  });
  await t.test('should treat headlines and captions without a full stop as sentences', () => {
    const t2 = 'Harbour fire closes port\n\nPHOTO: Harbour Daily\n\nA fire closed the port on Monday. Ships waited offshore.';
    assert.deepEqual(texts(t2), ['Harbour fire closes port', 'PHOTO: Harbour Daily', 'A fire closed the port on Monday.', 'Ships waited offshore.']);
  });
  await t.test('should keep a quotation with its attribution and split after a closing quote', () => {
    const t3 = '"We will rebuild," said Mayor Lin. "It will take time." The council agreed.';
    assert.deepEqual(texts(t3), ['"We will rebuild," said Mayor Lin.', '"It will take time."', 'The council agreed.']);
  });
  await t.test('should rejoin a sentence broken across lines by page furniture', () => {
    const t4 = 'The talks failed and\n\nthe strike began on May 2\n\n.\n\nNext paragraph here.';
    assert.deepEqual(texts(t4), ['The talks failed and\n\nthe strike began on May 2\n\n.', 'Next paragraph here.']);
  });
  await t.test('should join hard-wrapped lines and give paragraphs', () => {
    const t5 = 'The budget rose by a\nthird this year.\n\nCouncillors objected.';
    const s = splitSentences(t5);
    assert.deepEqual(s.map((x) => x.paragraph), [0, 1]);
    assert.equal(t5.slice(s[0]!.start, s[0]!.end), 'The budget rose by a\nthird this year.');
  });
  await t.test('should give each line a paragraph when the text has no blank lines', () => {
    const s = splitSentences('First line here.\nSecond line here.\nThird.');
    assert.deepEqual(s.map((x) => x.paragraph), [0, 1, 2]);
  });
  await t.test('should return nothing for an empty or blank text', () => {
    assert.deepEqual(splitSentences(''), []);
    assert.deepEqual(splitSentences(' \n\n\t'), []);
  });
});
