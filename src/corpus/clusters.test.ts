import { test } from 'node:test';
import assert from 'node:assert/strict';
import { originOf, type ClusterEdge } from './clusters.js';
import { renderClusters } from './render.js';

const e = (from: string, to: string, direction: ClusterEdge['direction'] = 'from->to'): ClusterEdge => ({ from, to, relation: 'derived', score: 0.9, direction, basis: direction === 'unknown' ? 'none' : 'compare' });

test('originOf', async (t) => {
  await t.test('should pick the earliest dated document no edge points to', () => {
    const published = new Map([['a', 1], ['b', 2], ['c', 3]]);
    assert.equal(originOf(['a', 'b', 'c'], [e('a', 'b'), e('b', 'c')], published), 'a');
    assert.equal(originOf(['a', 'b', 'c'], [e('b', 'a'), e('b', 'c')], published), 'b', 'a is derived, so not the origin');
  });
  await t.test('should fall back to the only source when times are unknown, else null', () => {
    assert.equal(originOf(['x', 'y', 'z'], [e('x', 'y'), e('x', 'z')], new Map()), 'x');
    assert.equal(originOf(['x', 'y'], [e('x', 'y', 'unknown')], new Map()), null);
    assert.equal(originOf(['x', 'y', 'z'], [e('x', 'z'), e('y', 'z')], new Map()), null, 'two sources, no times');
  });
});

test('renderClusters', () => {
  const text = renderClusters({ schema: 'copytrace.clusters/1', clusters: [{ id: 'c-1', origin: 'a', members: ['a', 'b'], edges: [e('a', 'b')] }] }, new Map([['a', { title: 'Harbour reopens', published: '2025-01-02T00:00:00Z' }]]));
  assert.equal(text, '1 reuse cluster, 2 documents\n\nc-1: 2 documents, origin a  2025-01-02 "Harbour reopens"\n  member b\n  a -> b  derived 0.90\n');
  assert.match(renderClusters({ schema: 'copytrace.clusters/1', clusters: [] }), /^no reuse clusters/);
});
