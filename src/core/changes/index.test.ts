import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { alignDocuments } from '../align/index.js';
import { analyze } from '../text/analyze.js';
import { detectChanges } from './index.js';
import { assertSpans, handAlignment, run } from './harness.test.js';

const ORIGINAL = [
  'HARBOR DAILY — The Velmora port authority approved a 48 million euro dredging plan on Tuesday, officials said.',
  '',
  'Work will begin in March and is expected to take 18 months.',
  '',
  '"This keeps the harbour open for the next generation," said port director Ilse Marten.',
  '',
  'Fishing groups say the plan does not protect the oyster beds.',
  '',
  'The authority will publish an environmental review in May.',
].join('\n');

const COPY = [
  'The Velmora port authority approved a 84 million euro dredging plan last week.',
  '',
  'Work will begin in March and may take 18 months.',
  '',
  '"This keeps the port open for the next generation," said port director Ilse Marten.',
  '',
  'Fishing groups say the plan protects the oyster beds.',
  '',
  'Share this story',
].join('\n');

test('a fictional copy: every deliberate change, nothing else, in document order', () => {
  const r = run(ORIGINAL, COPY, [[0, 0], [1, 1], [2, 2], [3, 3]]);
  assertSpans(r);
  const summary = r.changes.map((c) => `${c.type}/${c.severity}`);
  assert.deepEqual(summary, [
    'number/major', // 48 -> 84 million euros
    'date/minor', // on Tuesday -> last week
    'attribution/minor', // officials said -> (dropped)
    'hedge/minor', // is expected to -> may
    'quote/major', // harbour -> port
    'negation/major', // does not protect -> protects
    'addition/info', // page furniture, placed after the last passage before it
    'omission/minor', // the environmental review sentence
  ], r.changes.map((c) => c.detail).join('\n'));
  const starts = r.changes.filter((c) => c.a).map((c) => c.a!.start);
  assert.deepEqual(starts, [...starts].sort((x, y) => x - y));
});

test('an omission has only an a span, an addition only a b span, any other change both', () => {
  const r = run(ORIGINAL, COPY, [[0, 0], [1, 1], [2, 2], [3, 3]]);
  for (const c of r.changes) {
    if (c.type === 'omission') assert.ok(c.a && !c.b, c.detail);
    else if (c.type === 'addition') assert.ok(c.b && !c.a, c.detail);
    else assert.ok(c.a && c.b, c.detail);
  }
});

test('verbatim links are skipped and an empty alignment reports whole documents', () => {
  const a = analyze(ORIGINAL);
  const same = handAlignment(a, a);
  same.links.forEach((l) => { l.verbatim = true; });
  assert.deepEqual(detectChanges(a, a, same), []);
  const b = analyze(COPY);
  const nothing = detectChanges(a, b, { links: [], unmatchedA: a.sentences.map((s) => s.index), unmatchedB: b.sentences.map((s) => s.index) });
  assert.ok(nothing.every((c) => c.type === 'omission' || c.type === 'addition'));
});


const SHARED = process.env.COPYTRACE_SHARED ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared');
const SEEDS = join(SHARED, 'seeds');

test('seed pair: the changes the project brief lists', { skip: existsSync(SEEDS) ? false : `${SEEDS} not found (set COPYTRACE_SHARED)` }, async () => {
  const { SEED_CHANGES } = await import('../../../eval/tasks/seed.js');
  const { changeMatches } = await import('../../../eval/lib/changes.js');
  const file = (prefix: string) => readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(prefix))!), 'utf8');
  const textA = file('004_');
  const textB = file('000_');
  const a = analyze(textA);
  const b = analyze(textB);
  const changes = detectChanges(a, b, alignDocuments(a, b));
  assertSpans({ a, b, changes });
  const missed = SEED_CHANGES.filter((e) => !changes.some((c) => changeMatches(c, e, textA, textB)));
  assert.deepEqual(missed.map((e) => e.label), []);
});

test('odd input: empty texts, unbalanced quotes, out-of-range links', () => {
  const empty = analyze('');
  assert.deepEqual(detectChanges(empty, empty, { links: [], unmatchedA: [], unmatchedB: [] }), []);
  const a = analyze('“He said it would never end.\n\nNo. 9 — ’quoted’ ” " «x» 12,3 $ % -');
  const b = analyze('He said it would end. Numbers: 1e9, ½, 10th.');
  const changes = detectChanges(a, b, { links: [{ a: [0, 7], b: [0], similarity: 0.6, verbatim: false }], unmatchedA: [1], unmatchedB: [1, 5] });
  assertSpans({ a, b, changes });
});

test('a loose link reports what was said differently, not what one side lacks', () => {
  const r = run('The roof did not collapse, said fire chief Ana Belo of the Dunmore brigade.',
    'Fire chief Ana Belo said crews kept the fire away from the tanks.');
  const loose = detectChanges(r.a, r.b, { links: [{ a: [0], b: [0], similarity: 0.4, verbatim: false }], unmatchedA: [], unmatchedB: [] });
  assert.deepEqual(loose.map((c) => c.detail).filter((d) => /dropped|added|negation/.test(d)), []);
});
