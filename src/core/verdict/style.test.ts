import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../compare.js';
import { alignDocuments } from '../align/align.js';
import { analyze } from '../text/analyze.js';
import { measureSkeleton } from './style.js';

// An invented story, a copy translated there and back (every sentence reworded in place, the quote
// too), and a journalist's rewrite (sentences merged and reordered, the quote kept word for word).
const SOURCE = `The council of Marlow Bay approved a new ferry timetable on Monday after months of complaints from commuters.

From March, boats will leave the harbour every 20 minutes between 6 a.m. and 9 a.m., instead of every half hour.

"We heard the people who stand on the pier in the rain every morning and we have acted on it," said councillor Ana Ferreira.

The operator, Bayline, will add a fourth boat to the fleet, paid for by a regional transport grant of 3.2 million euros.

Evening services will stay unchanged, and fares will rise by 5 percent in April.`;

const TRANSLATED = `The municipal council of Marlow Bay has approved on Monday a new schedule of the ferries after months of complaints of the commuters.

Starting from March, the boats will depart from the port each 20 minutes between 6 a.m. and 9 a.m., in place of each half hour.

"We have listened to the people who stay on the quay under the rain each morning and we have acted on this," declared the councillor Ana Ferreira.

The operator Bayline will add a fourth boat to the fleet, financed by a regional grant for transport of 3.2 million euros.

The services of the evening will remain without change, and the fares will increase of 5 percent in April.`;

const REWRITTEN = `Commuters in Marlow Bay will get more frequent morning ferries from March, and pay 5 percent more for them from April.

Bayline, the operator, is adding a fourth boat thanks to a 3.2 million euro regional transport grant, which lets boats leave every 20 minutes from 6 a.m. to 9 a.m. rather than every 30, the council decided on Monday after months of complaints. Evening boats are unchanged.

"We heard the people who stand on the pier in the rain every morning and we have acted on it," councillor Ana Ferreira said.`;

test('a copy reworded sentence by sentence, quote included, is translation-like', () => {
  const r = compare(SOURCE, TRANSLATED);
  assert.ok(['derived', 'duplicate'].includes(r.relation), r.relation);
  assert.equal(r.style, 'translation-like');
});

test('a rewrite that merges and reorders sentences and keeps the quote is a paraphrase', () => {
  const r = compare(SOURCE, REWRITTEN);
  assert.ok(['derived', 'partially-derived'].includes(r.relation), r.relation);
  assert.equal(r.style, 'paraphrase');
});

test('the skeleton: one for one and in order for the translation; the rewrite keeps its quote', () => {
  const src = analyze(SOURCE);
  const tr = analyze(TRANSLATED);
  const k = measureSkeleton(src, tr, alignDocuments(src, tr), true);
  assert.equal(k.oneToOne, 1);
  assert.equal(k.inOrder, 1);
  assert.equal(k.longestKeptQuote, 0);
  assert.ok(k.lengthShift < 0.18, String(k.lengthShift));
  const rw = analyze(REWRITTEN);
  const j = measureSkeleton(src, rw, alignDocuments(src, rw), true);
  assert.equal(j.longestKeptQuote, 20);
  assert.equal(j.quotesKept, 1);
  // measured from b's side when b is the source
  const back = measureSkeleton(tr, src, alignDocuments(src, tr), false);
  assert.equal(back.oneToOne, 1);
});

test('reworded in place but reordered is a paraphrase, not a translation', () => {
  const paragraphs = TRANSLATED.split('\n\n');
  // no quote to go by: only the order tells
  const reordered = [paragraphs[3], paragraphs[1], paragraphs[4], paragraphs[0]].join('\n\n');
  const src = analyze(SOURCE);
  const re = analyze(reordered);
  const k = measureSkeleton(src, re, alignDocuments(src, re), true);
  assert.equal(k.quotesKept, 0);
  assert.ok(k.inOrder < 0.9, JSON.stringify(k));
  const r = compare(SOURCE, reordered);
  assert.ok(['derived', 'partially-derived'].includes(r.relation), r.relation);
  assert.equal(r.style, 'paraphrase');
});
