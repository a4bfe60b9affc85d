import assert from 'node:assert/strict';
import test from 'node:test';
import { alignDocuments } from '../align/index.js';
import { analyze } from '../text/analyze.js';
import { decideDirection, directionSignals, type DirectionSignals } from './direction.js';
import { docStats, gatherEvidence } from './index.js';

// A fictional island ferry story and the copies a newsroom makes of it. Every place, person,
// company and figure is invented.
const P = [
  'Kestrel Point ferry to resume winter service',
  'KESTREL POINT \u2014 The Kestrel Point ferry will resume its winter timetable on March 11, after the county council approved a 2.4 million pound repair of the landing stage at Harlow Quay, officials said on Tuesday.',
  "The council's transport chair, Miriam Osgood, said the vote ended eighteen months of uncertainty for the 1,312 residents of the island who rely on the crossing.",
  'Osgood said the repairs would replace the rotten timber piles with steel and add a covered waiting room for foot passengers.',
  'The ferry operator, Tidewater Lines, has agreed to run six crossings a day between Kestrel Point and Harlow Quay from Monday to Saturday and four on Sundays.',
  'Its managing director, Colin Prewett, said the company would hire three more deckhands and refit the 4.5 tonne vehicle ramp before the service restarts.',
  'Island shopkeepers said the closure had cut their winter trade by about a third. "We have been cut off since the storms in January," said Agnes Tull, who runs the post office on the island.',
  'The council and Tidewater Lines will review the Kestrel Point timetable in the autumn and may add an evening crossing from Harlow Quay if demand grows.',
];
const SOURCE = P.join('\n\n');

/** An unrelated story from another paper: a school orchestra's tour. */
const OTHER = [
  'Brackwater school orchestra heads to Vienna',
  'BRACKWATER \u2014 Forty pupils from Brackwater Grammar will play at a youth music festival in Vienna next month, the first foreign tour in the orchestra\'s history.',
  'The head of music, Rupert Vane, said the pupils had raised the money for coaches and hotels by busking outside the town hall every Saturday since September.',
  'The orchestra will perform a programme of folk dances and a new piece written by a sixth-former, Lily Marchbank, who plays the viola.',
  '"Some of them have never been on a plane, let alone played in a concert hall," Vane said. "They have earned every minute of it."',
  'Parents will be able to watch the concerts on a live stream set up by the festival organisers.',
];

const join = (ps: readonly string[]) => ps.join('\n\n');

function signals(a: string, b: string): { s: DirectionSignals; direction: string } {
  const da = analyze(a);
  const db = analyze(b);
  const evidence = gatherEvidence(docStats(da), docStats(db), alignDocuments(da, db));
  return { s: directionSignals({ evidence }), direction: decideDirection({ evidence }) };
}

/** Checks a source/copy pair in both orders. */
function assertDirection(source: string, copy: string): void {
  assert.equal(signals(source, copy).direction, 'a->b');
  assert.equal(signals(copy, source).direction, 'b->a');
}

test('direction: containment and a cut tail', () => {
  const trimmed = join(P.slice(0, 4));
  const { s } = signals(SOURCE, trimmed);
  assert.ok(s.containment > 0, 'the copy is a subset of the source');
  assert.ok(s.tail > 0, 'the source goes on where the copy stops');
  assertDirection(SOURCE, trimmed);
});

test('direction: foreign extra text', async (t) => {
  const compiled = join([...OTHER.slice(0, 2), P[4]!, P[5]!, ...OTHER.slice(2)]);
  await t.test('paragraphs lifted into another story: the compilation is the copy', () => {
    const { s } = signals(SOURCE, compiled);
    assert.ok(s.foreign > 0);
    assert.equal(s.containment, 0, 'containment says nothing once one side is a compilation');
    assertDirection(SOURCE, compiled);
  });
  await t.test('the story the paragraphs were set into is the source too, though all of it is inside the copy', () => {
    const host = join(OTHER);
    assert.ok(signals(host, compiled).s.foreign > 0);
    assertDirection(host, compiled);
  });
  await t.test('text cut from the same story is not foreign', () => {
    assert.equal(signals(SOURCE, join([P[0]!, P[1]!, P[2]!, P[6]!, P[7]!])).s.foreign, 0);
  });
});

test('direction: notices and credits', () => {
  const republished = `${SOURCE}\n\nThis story was originally published by the Kestrel Courier and is republished with permission.`;
  const { s, direction } = signals(SOURCE, republished);
  assert.ok(s.notice > 0);
  assert.equal(s.containment, 0, 'the notice is not story text');
  assert.equal(direction, 'a->b');
  const credited = SOURCE.replace('officials said on Tuesday.', 'officials said on Tuesday, according to Reuters.');
  assert.ok(signals(SOURCE, credited).s.notice > 0);
  assertDirection(SOURCE, credited);
});

test('direction: names introduced in full on one side only', () => {
  // paragraphs reordered: Osgood is quoted before the paragraph that introduces her
  const reordered = join([P[0]!, P[1]!, P[3]!, P[2]!, ...P.slice(4)]);
  const { s } = signals(SOURCE, reordered);
  assert.ok(s.names > 0);
  assert.equal(s.containment, 0);
});

test('direction: specificity', async (t) => {
  await t.test('a dropped date and a rounded figure', () => {
    const vaguer = SOURCE
      .replace('on March 11,', 'next month,')
      .replace('the 1,312 residents', 'the 1,300 residents');
    const { s, direction } = signals(SOURCE, vaguer);
    assert.ok(s.specificity > 0);
    assert.equal(direction, 'a->b');
    assert.equal(signals(vaguer, SOURCE).direction, 'b->a');
  });
  await t.test('a hedged figure', () => {
    assert.ok(signals(SOURCE, SOURCE.replace('the 4.5 tonne', 'the roughly 4.5 tonne')).s.specificity > 0);
  });
  await t.test('figures changed, not generalised, say nothing', () => {
    assert.equal(signals(SOURCE, SOURCE.replace('1,312', '1,544').replace('4.5 tonne', '5.2 tonne')).s.specificity, 0);
  });
});

test('direction: garbling', () => {
  const garbled = SOURCE
    .replace('winter timetable', 'winter 30 -day timetable')
    .replace('rotten timber piles', 'rotten rotten timber piles')
    .replace('steel and add', 'steel , and add');
  const { s } = signals(SOURCE, garbled);
  assert.ok(s.garble > 0);
  assert.ok(signals(garbled, SOURCE).s.garble < 0);
});

test('direction: unknown without evidence', () => {
  // a verbatim republication without notice or furniture has no direction in its text
  assert.equal(signals(SOURCE, SOURCE).direction, 'unknown');
  // nor has a reworded copy that keeps every sentence in order
  const reworded = SOURCE.replace('approved', 'backed').replace('rely on', 'depend on').replace('agreed to', 'undertaken to')
    .replace('would hire', 'will recruit').replace('review', 'reconsider');
  assert.equal(signals(SOURCE, reworded).direction, 'unknown');
});
