import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertSpans, none, ofType, one, run } from './harness.test.js';

const SOURCE = [
  'The council approved the harbour plan on Monday.',
  'Work will start in spring.',
  '',
  'Dockworkers say the plan ignores them. They want a seat on the board.',
  '',
  '"We were never asked," said union leader Mara Venn.',
  '',
  'Meanwhile, the ferry service will pause for repairs. Tickets bought earlier will be refunded.',
].join('\n');
const COPY = 'The council approved the harbour plan on Monday.\nWork will start in spring.';

test('dropped sentences are grouped into sections: prose, a new voice, a "Meanwhile"', () => {
  const r = run(SOURCE, COPY);
  const om = ofType(r, 'omission');
  assert.deepEqual(om.map((c) => c.a!.text.slice(0, 20)), ['Dockworkers say the ', '"We were never asked', 'Meanwhile, the ferry']);
  assert.ok(om.every((c) => c.b === undefined));
  assert.equal(om[1]!.severity, 'major', 'a dropped quote is major');
  assert.match(om[0]!.detail, /omitted 2 sentences/);
  assertSpans(r);
});

test('added sentences are additions with only a b span; page furniture is info', () => {
  const r = run('The bridge reopened on Friday.', 'The bridge reopened on Friday.\n\nPHOTO: HARBOR DAILY\n\nDrivers queued for an hour at the toll gates to cross.');
  const add = ofType(r, 'addition');
  assert.equal(add.length, 2);
  assert.deepEqual(add.map((c) => c.severity), ['info', 'minor']);
  assert.ok(add.every((c) => c.a === undefined && c.b));
});

test('a clause dropped inside an aligned sentence', () => {
  const r = run('It is not clear what the ministry wants or whether it will negotiate with fishermen before the summer season.',
    'It is unclear what the ministry wants.');
  const c = one(r, 'omission');
  assert.match(c.detail, /omitted clause: "or whether it will negotiate with fishermen/);
  assert.equal(c.b, undefined);
});

test('a sentence merged into its neighbour is not an omission', () => {
  const r = run('The bank cut rates on Wednesday. It will cut again if unemployment rises. Markets rallied.',
    'The bank cut rates on Wednesday and said it would lower them again if unemployment rose. Markets rallied.', [[0, 0], [2, 1]]);
  none(r, 'omission');
});

test('a dropped newsletter prompt or site disclaimer is page furniture; a sentence that opens with "Share" is not', () => {
  const story = 'Harbour council voted seven to two on Tuesday to build a second ferry pier at the north quay.';
  const r = run(`${story}\n\nGet the morning briefing delivered to your inbox - subscribe to the Ledger Daybreak.\n\nLedger Media reserves the sole right to alter, delete or remove the content at its absolute discretion.`, story);
  const c = one(r, 'omission');
  assert.equal(c.severity, 'info');
  assert.match(c.detail, /omitted page furniture/);
  const s = one(run(`${story}\n\nShare buybacks at the bakery chain Dovetail will resume in the spring, its chief executive wrote.`, story), 'omission');
  assert.match(s.detail, /omitted sentence/);
});
