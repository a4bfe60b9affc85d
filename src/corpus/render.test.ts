import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptySummary } from './add-summary.js';
import { renderAddSummary, renderFind } from './render.js';

test('renderAddSummary', () => {
  const s = { ...emptySummary(), read: 5, added: 3, duplicates: 1, skipped: 1, seconds: 2, relations: { derived: 2, related: 1 },
    skips: [{ origin: 'a.jsonl:4', code: 'input.invalid', reason: 'not valid JSON' }] };
  assert.equal(renderAddSummary(s),
    'added 3 documents, 1 exact duplicate linked, 0 already in the corpus, 1 skipped, in 2.0 s (2 docs/s)\n' +
    'relations found: 2 derived, 1 related\n' +
    'skipped (1 input.invalid):\n  a.jsonl:4: not valid JSON\n');
  assert.match(renderAddSummary({ ...emptySummary(), relinked: 2 }, true), /^interrupted: added 0 documents.*\nlinked 2 documents left unlinked by an interrupted run\nrelations found: none\n$/);
});

test('renderFind', () => {
  const text = renderFind({ schema: 'copytrace.find/1', query: 'q', matches: [
    { id: 'src', relation: 'derived', direction: 'match->query', score: 0.97, coverage: { query: 0.9, match: 0.4 } },
    { id: 'other', relation: 'related', direction: 'unknown', score: 0.3, coverage: { query: 0.1, match: 0.1 } },
  ] }, new Map([['src', { title: 'Harbour reopens', published: '2025-01-02T00:00:00Z' }]]));
  assert.equal(text,
    'q: 2 matches\n' +
    '  src    derived            score 0.97  source of the query  coverage 90% of query, 40% of match\n' +
    '         2025-01-02  Harbour reopens\n' +
    '  other  related            score 0.30  same story, written independently  coverage 10% of query, 10% of match\n');
  assert.equal(renderFind({ schema: 'copytrace.find/1', query: 'q', matches: [] }), 'q: no derived or related documents in the corpus\n');
});
