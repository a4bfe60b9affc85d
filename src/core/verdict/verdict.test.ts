import assert from 'node:assert/strict';
import test from 'node:test';
import { alignDocuments } from '../align/index.js';
import { INDEPENDENT, PARAPHRASE, SOURCE, SPLIT, TRIMMED, UNRELATED, VERBATIM } from '../stories.fixture.test.js';
import { analyze } from '../text/analyze.js';
import { copyCue, isFurniture } from '../text/furniture.js';
import { decideVerdict, docStats, gatherEvidence, type Verdict } from './index.js';

function verdict(a: string, b: string, publishedA?: string, publishedB?: string): Verdict {
  const da = analyze(a);
  const db = analyze(b);
  const evidence = gatherEvidence(docStats(da), docStats(db), alignDocuments(da, db));
  return decideVerdict({ evidence, publishedA, publishedB });
}

const DERIVED = ['duplicate', 'derived', 'partially-derived'];

test('decideVerdict: relation', async (t) => {
  await t.test('a republished copy is a duplicate, a split sentence changes nothing', () => {
    assert.equal(verdict(SOURCE, VERBATIM).relation, 'duplicate');
    assert.equal(verdict(SOURCE, SPLIT).relation, 'duplicate');
  });
  await t.test('a trimmed copy and a reworded, reordered copy are derived', () => {
    assert.equal(verdict(SOURCE, TRIMMED).relation, 'derived');
    assert.equal(verdict(SOURCE, PARAPHRASE).relation, 'derived');
  });
  await t.test('a copy of part of the source inside other text is partially derived', () => {
    const column = `${UNRELATED}\n${SOURCE.split('\n\n').slice(0, 2).join('\n\n')}\n\nOur readers will remember the storm.\n`;
    assert.equal(verdict(SOURCE, column).relation, 'partially-derived');
  });
  await t.test('an independent report of the same event is related, another story unrelated', () => {
    assert.equal(verdict(SOURCE, INDEPENDENT).relation, 'related');
    assert.equal(verdict(SOURCE, UNRELATED).relation, 'unrelated');
  });
  await t.test('the relation does not depend on which side is a', () => {
    for (const other of [VERBATIM, TRIMMED, PARAPHRASE, INDEPENDENT, UNRELATED]) {
      assert.equal(verdict(other, SOURCE).relation, verdict(SOURCE, other).relation);
    }
  });
});

test('decideVerdict: score', () => {
  const scores = [VERBATIM, PARAPHRASE, INDEPENDENT, UNRELATED].map((x) => verdict(SOURCE, x).score);
  for (const s of scores) assert.ok(s >= 0 && s <= 1);
  assert.ok(scores[0]! > 0.9 && scores[1]! > 0.9, 'derived pairs score high');
  assert.ok(scores[2]! < 0.5 && scores[3]! < 0.5, 'independent texts score below one half');
  assert.ok(scores[3]! <= scores[2]!);
});

test('decideVerdict: coverage', () => {
  for (const other of [VERBATIM, TRIMMED, PARAPHRASE, SPLIT, INDEPENDENT, UNRELATED]) {
    const { coverage } = verdict(SOURCE, other);
    assert.ok(coverage.a >= 0 && coverage.a <= 1 && coverage.b >= 0 && coverage.b <= 1);
  }
  const trimmed = verdict(SOURCE, TRIMMED).coverage;
  assert.equal(trimmed.b, 1);
  assert.ok(trimmed.a > 0.3 && trimmed.a < 0.8);
  assert.deepEqual(verdict(SOURCE, UNRELATED).coverage, { a: 0, b: 0 });
  // the wire header and footer of the republished copy are outside the aligned passages
  const copy = verdict(SOURCE, VERBATIM).coverage;
  assert.equal(copy.a, 1);
  assert.ok(copy.b > 0.7 && copy.b < 1);
});

test('decideVerdict: direction', async (t) => {
  await t.test('from the text: coverage asymmetry and republication notices', () => {
    assert.equal(verdict(SOURCE, TRIMMED).direction, 'a->b');
    assert.equal(verdict(TRIMMED, SOURCE).direction, 'b->a');
    assert.equal(verdict(SOURCE, VERBATIM).direction, 'a->b');
    assert.equal(verdict(VERBATIM, SOURCE).direction, 'b->a');
  });
  await t.test('unknown without evidence, or without derivation', () => {
    assert.equal(verdict(SOURCE, SPLIT).direction, 'unknown');
    assert.equal(verdict(SOURCE, INDEPENDENT, '2025-01-01T00:00:00Z', '2025-01-02T00:00:00Z').direction, 'unknown');
    assert.equal(verdict(SOURCE, UNRELATED).direction, 'unknown');
  });
  await t.test('publication times decide when both sides have one', () => {
    assert.equal(verdict(SOURCE, PARAPHRASE, '2025-03-04T09:00:00Z', '2025-03-04T15:30:00+02:00').direction, 'a->b');
    assert.equal(verdict(SOURCE, PARAPHRASE, '2025-03-05T09:00:00Z', '2025-03-04T09:00:00Z').direction, 'b->a');
    // dates beat the text's evidence: the trimmed text is the source if it came first
    assert.equal(verdict(SOURCE, TRIMMED, '2025-03-05', '2025-03-04').direction, 'b->a');
    // one date only, or an unreadable one, is no evidence
    assert.equal(verdict(SOURCE, SPLIT, '2025-03-05').direction, 'unknown');
    assert.equal(verdict(SOURCE, SPLIT, 'yesterday', '2025-03-04').direction, 'unknown');
  });
});

test('decideVerdict: style', () => {
  assert.equal(verdict(SOURCE, VERBATIM).style, 'verbatim');
  assert.equal(verdict(SOURCE, SPLIT).style, 'light-edit');
  assert.ok(['paraphrase', 'translation-like'].includes(verdict(SOURCE, PARAPHRASE).style));
  assert.equal(verdict(SOURCE, INDEPENDENT).style, 'none');
  const digest = SOURCE.split('\n\n').filter((_, i) => i === 0 || i === 6).join('\n\n');
  const summary = verdict(SOURCE, digest);
  assert.ok(DERIVED.includes(summary.relation));
  assert.equal(summary.style, 'summary');
});

test('boilerplate', () => {
  assert.ok(isFurniture('PHOTO: COASTAL WIRE'));
  assert.ok(isFurniture('COASTAL WIRE | Regional News'));
  assert.ok(isFurniture('Copyright 2025 Marlow Bay Gazette.'));
  assert.ok(!isFurniture('The plan was adopted by a vote of six to one.'));
  assert.equal(copyCue(VERBATIM), 2);
  assert.equal(copyCue('The figures were confirmed, according to Reuters.'), 1);
  assert.equal(copyCue(SOURCE), 0);
});

test('boilerplate: web page furniture left in scraped text', () => {
  for (const s of [
    'Harbour council backs new ferry pier Your browser does not support the audio element.',
    'Get the morning briefing delivered to your inbox - subscribe to the Ledger Daybreak.',
    'To receive our FREE email newsletter, click HERE',
    "Follow Harbourtimes.com on Twitter, Instagram and YouTube, and stay in the know with what's happening in the world around you, in real time",
    '(This story has not been edited by Ledger staff and is auto-generated from a syndicated feed.)',
    'Ledger Media reserves the sole right to alter, delete or remove (without notice) the content at its absolute discretion for any reason whatsoever.',
    'Contact the newsdesk: tips@harbourtimes.example',
  ]) assert.ok(isFurniture(s), s);
  for (const s of [
    'The company reserves the right to appeal the ruling.',
    'The minister, who has two million followers on Twitter, resigned on Monday.',
    "The newsletter's editor was dismissed after the complaint.",
    'Fans can watch the final on the club channel.',
    // story sentences that only look like furniture
    'Video game fans often complain that their hobby is misunderstood.',
    'The band said its copyright had been infringed by the sample.',
    'The worm first appeared on 20 December and spread within hours.',
    'Readers do not have to be registered users of the site to comment.',
    'The hacker sent 10,000 messages from the address admin@harbour-ports.example, police said.',
    'Millions follow the president on Twitter, where he posts several times a day.',
    'The scam sends fake invoices to your inbox that look like real bills, the bank warned.',
  ]) assert.ok(!isFurniture(s), s);
  assert.equal(copyCue('The worm first appeared on 20 December and spread within hours.'), 0);
  assert.equal(copyCue('This article first appeared on Health Desk.'), 2);
});

test('decideVerdict: two stories of one outlet that share only its page furniture are not derived', () => {
  const notice = 'Your browser does not support the audio element.';
  const footer = [
    "Follow Harbourtimes.com on Twitter, Instagram and YouTube, and stay in the know with what's happening in the world around you, in real time",
    'Harbour Times Media reserves the sole right to alter, delete or remove (without notice) the content at its absolute discretion for any reason whatsoever.',
  ].join('\n\n');
  const pier = [
    `Council backs new ferry pier ${notice}`,
    'Harbour council voted seven to two on Tuesday to build a second ferry pier at the north quay.',
    'The pier will cost 4.2 million pounds and open in 2027, the harbour master said.',
    footer,
  ].join('\n\n');
  const match = [
    `Rovers beat Albion in cup replay ${notice}`,
    'Rovers came from behind to beat Albion 3-2 in Saturday\'s cup replay at Marsh Lane.',
    'Striker Ola Berg scored twice in the last ten minutes before a crowd of 9,000.',
    footer,
  ].join('\n\n');
  const v = verdict(pier, match);
  assert.ok(!DERIVED.includes(v.relation), `${v.relation} ${v.score}`);
});
