import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertSpans, none, one, run } from './harness.test.js';

test('a link stated as a cause is a major hedge change', () => {
  const r = run('Drinking coffee was associated with lower blood pressure, the study found.', 'Drinking coffee causes lower blood pressure, the study found.');
  const c = one(r, 'hedge');
  assert.equal(c.severity, 'major');
  assert.equal(c.detail, 'link stated as a cause: "associated" → "causes"');
  assertSpans(r);
  // a link kept as a link, in other words, is none
  none(run('Drinking coffee was associated with lower blood pressure.', 'Drinking coffee was linked to lower blood pressure.'), 'hedge');
});

test('a study whose animal subjects are dropped is a major hedge change', () => {
  const r = run('Coffee lowers the risk of liver disease, a study in mice found.', 'Coffee lowers the risk of liver disease, a study found.');
  const c = one(r, 'hedge');
  assert.equal(c.severity, 'major');
  assert.match(c.detail, /study subjects dropped: "in mice"/);
  assertSpans(r);
  none(run('Coffee lowers the risk of liver disease, a study in mice found.', 'In mice, coffee lowers the risk of liver disease, a study found.'), 'hedge');
});

test('the same overstatements read from the other side are reported too, worded for that side', () => {
  const r = run('Drinking coffee causes lower blood pressure, a study found.', 'Drinking coffee was associated with lower blood pressure, a study in mice found.');
  const details = r.changes.filter((c) => c.type === 'hedge').map((c) => c.detail);
  assert.deepEqual(details.sort(), ['cause stated as a link: "causes" → "associated"', 'study subjects added: "in mice"']);
  assertSpans(r);
});
