import assert from 'node:assert/strict';
import test from 'node:test';
import { analyze } from '../text/analyze.js';
import { INDEPENDENT, PARAPHRASE, SOURCE, SPLIT, TRIMMED, UNRELATED, VERBATIM } from '../stories.fixture.test.js';
import { alignDocuments, groupPassages } from './index.js';

/** The b sentence linked to the a sentence containing `needle`, as text. */
function counterpart(a: string, b: string, needle: string): string[] {
  const da = analyze(a);
  const db = analyze(b);
  const i = da.sentences.findIndex((s) => s.text.includes(needle));
  assert.ok(i >= 0, `no sentence with ${needle}`);
  const link = alignDocuments(da, db).links.find((l) => l.a.includes(i));
  return link ? link.b.map((j) => db.sentences[j]!.text) : [];
}

test('alignDocuments', async (t) => {
  await t.test('links every sentence of a verbatim copy, marked verbatim, in order', () => {
    const a = analyze(SOURCE);
    const b = analyze(VERBATIM);
    const al = alignDocuments(a, b);
    assert.equal(al.links.length, a.sentences.length);
    assert.deepEqual(al.unmatchedA, []);
    assert.ok(al.links.every((l) => l.verbatim && l.similarity === 1 && l.a.length === 1 && l.b.length === 1));
    for (const l of al.links) assert.equal(a.sentences[l.a[0]!]!.text, b.sentences[l.b[0]!]!.text);
    // the wire header and the footer are left over
    assert.ok(al.unmatchedB.length >= 3);
  });

  await t.test('aligns reworded sentences across reordered paragraphs', () => {
    assert.match(counterpart(SOURCE, PARAPHRASE, 'badly damaged during a storm')[0]!, /^A storm in November 2023/);
    assert.match(counterpart(SOURCE, PARAPHRASE, 'approved a 14 million euro plan')[0]!, /^On Tuesday the town's harbour/);
    assert.match(counterpart(SOURCE, PARAPHRASE, 'The only vote against')[0]!, /^Board member Tomas Reyne/);
    assert.match(counterpart(SOURCE, PARAPHRASE, 'This pier is the reason')[0]!, /^"The fishing fleet can only land/);
    const al = alignDocuments(analyze(SOURCE), analyze(PARAPHRASE));
    assert.deepEqual(al.unmatchedA, []);
    assert.ok(al.links.every((l) => !l.verbatim));
  });

  await t.test('aligns a split sentence one-to-two', () => {
    const parts = counterpart(SOURCE, SPLIT, 'adopted by a vote of six to one');
    assert.deepEqual(parts, ['The plan was adopted by a vote of six to one.', parts[1]]);
    assert.match(parts[1]!, /^It will replace the wooden deck/);
  });

  await t.test('aligns a merge two-to-one (the split read the other way)', () => {
    const db = analyze(SOURCE);
    const al = alignDocuments(analyze(SPLIT), db);
    const merge = al.links.find((l) => l.a.length === 2);
    assert.ok(merge);
    assert.deepEqual(merge.b.map((j) => db.sentences[j]!.text.slice(0, 30)), ['The plan, adopted by a vote of']);
  });

  await t.test('links the reworded neighbours of a merge by context (a figure and a hedge changed)', () => {
    const a = analyze([
      'A daily low-dose pill may reduce the risk of stroke in people over 70 by about 23 percent, according to a three-year trial published on Wednesday.',
      'The study followed 4,812 patients at 61 clinics in Norway, Denmark and Scotland. Half took the pill, called valmeridine, and half a placebo.',
      'The company said it would apply for approval in Europe next year.',
    ].join('\n\n'));
    const b = analyze([
      'A daily pill cuts the risk of stroke in people over 70 by 32 percent, a major trial published last week has shown.',
      'Scientists tracked 4,812 patients at 61 clinics across Scandinavia and Scotland, giving half of them valmeridine and the rest a dummy pill.',
      'The drug is expected to be on sale in Europe next year.',
    ].join('\n\n'));
    const al = alignDocuments(a, b);
    assert.deepEqual(al.links.map((l) => [l.a, l.b]), [[[0], [0]], [[1, 2], [1]], [[3], [2]]]);
  });

  await t.test('leaves the sentences a trimmed copy dropped unmatched', () => {
    const a = analyze(SOURCE);
    const al = alignDocuments(a, analyze(TRIMMED));
    assert.deepEqual(al.unmatchedB, []);
    const dropped = al.unmatchedA.map((i) => a.sentences[i]!.text);
    assert.ok(dropped.some((s) => s.startsWith('The only vote against')));
    assert.ok(dropped.every((s) => !s.startsWith('Work is due to begin')));
  });

  await t.test('finds (almost) nothing between an independent report and nothing at all with an unrelated one', () => {
    const a = analyze(SOURCE);
    assert.ok(alignDocuments(a, analyze(INDEPENDENT)).links.length <= 2);
    assert.deepEqual(alignDocuments(a, analyze(UNRELATED)).links, []);
  });

  await t.test('handles empty documents', () => {
    const al = alignDocuments(analyze(''), analyze(SOURCE));
    assert.deepEqual(al.links, []);
    assert.equal(al.unmatchedB.length, analyze(SOURCE).sentences.length);
  });

  await t.test('never links a sentence twice', () => {
    for (const other of [VERBATIM, TRIMMED, PARAPHRASE, SPLIT, INDEPENDENT]) {
      const al = alignDocuments(analyze(SOURCE), analyze(other));
      const as = al.links.flatMap((l) => l.a).concat(al.unmatchedA);
      const bs = al.links.flatMap((l) => l.b).concat(al.unmatchedB);
      assert.equal(new Set(as).size, as.length);
      assert.equal(new Set(bs).size, bs.length);
    }
  });
});

test('groupPassages', async (t) => {
  await t.test('one passage for a verbatim copy, spanning the whole source', () => {
    const a = analyze(SOURCE);
    const b = analyze(VERBATIM);
    const ps = groupPassages(a, b, alignDocuments(a, b));
    assert.equal(ps.length, 1);
    assert.equal(ps[0]!.kind, 'verbatim');
    assert.equal(SOURCE.slice(ps[0]!.a.start, ps[0]!.a.end), SOURCE.trim());
    assert.equal(VERBATIM.slice(ps[0]!.b.start, ps[0]!.b.end), SOURCE.trim());
  });

  await t.test('reordered paragraphs become separate passages, sorted by a, within bounds', () => {
    const a = analyze(SOURCE);
    const b = analyze(PARAPHRASE);
    const ps = groupPassages(a, b, alignDocuments(a, b));
    assert.ok(ps.length >= 3);
    for (let k = 0; k < ps.length; k++) {
      const p = ps[k]!;
      assert.ok(p.a.start >= 0 && p.a.start < p.a.end && p.a.end <= SOURCE.length);
      assert.ok(p.b.start >= 0 && p.b.start < p.b.end && p.b.end <= PARAPHRASE.length);
      assert.ok(p.similarity > 0 && p.similarity <= 1);
      assert.equal(p.kind, 'paraphrase');
      if (k > 0) assert.ok(ps[k - 1]!.a.end <= p.a.start);
    }
    const storm = ps.find((p) => SOURCE.slice(p.a.start, p.a.end).includes('storm in November 2023'))!;
    assert.ok(PARAPHRASE.slice(storm.b.start, storm.b.end).startsWith('A storm in November 2023'));
  });

  await t.test('a verbatim stretch and a reworded one are different passages', () => {
    const a = analyze(SOURCE);
    const b = analyze(SPLIT);
    const ps = groupPassages(a, b, alignDocuments(a, b));
    assert.deepEqual(ps.map((p) => p.kind), ['verbatim', 'paraphrase', 'verbatim']);
  });
});
