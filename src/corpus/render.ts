/**
 * @module
 * Readable text forms of the corpus results: the `add` summary, `find` matches and `clusters`
 * with their lineage. Plain text, no colour, one fact a line, so the output reads in a terminal and
 * greps well; `--json` gives the contract shapes instead.
 */
import type { AddSummary } from './add-summary.js';
import type { ClustersResult } from './clusters.js';
import type { FindResult } from './find.js';

/** What the renderers show about a document besides its id. */
export interface DocLabel {
  title?: string;
  published?: string;
}

/** Skip reports listed in the summary (the rest are counted). */
const MAX_LISTED = 20;

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function day(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

function label(id: string, labels: ReadonlyMap<string, DocLabel>): string {
  const l = labels.get(id);
  const bits = [l?.published ? day(l.published) : '', l?.title ? `"${l.title.length > 70 ? `${l.title.slice(0, 69)}…` : l.title}"` : ''].filter(Boolean);
  return bits.length ? `${id}  ${bits.join(' ')}` : id;
}

/**
 * The end-of-run summary of `add`.
 * @param s the run's summary
 * @param interrupted true when the user stopped the run
 */
export function renderAddSummary(s: AddSummary, interrupted = false): string {
  const rate = s.seconds > 0 ? ` (${Math.round((s.added + s.duplicates + s.existing) / s.seconds)} docs/s)` : '';
  const lines = [
    `${interrupted ? 'interrupted: ' : ''}added ${s.added} document${s.added === 1 ? '' : 's'}, ${s.duplicates} exact duplicate${s.duplicates === 1 ? '' : 's'} linked, ${s.existing} already in the corpus, ${s.skipped} skipped, in ${s.seconds.toFixed(1)} s${rate}`,
  ];
  if (s.relinked) lines.push(`linked ${s.relinked} document${s.relinked === 1 ? '' : 's'} left unlinked by an interrupted run`);
  const rel = Object.entries(s.relations).sort((a, b) => b[1] - a[1]).map(([r, n]) => `${n} ${r}`);
  lines.push(`relations found: ${rel.length ? rel.join(', ') : 'none'}`);
  if (s.skipped) {
    const reasons = new Map<string, number>();
    for (const k of s.skips) reasons.set(k.code, (reasons.get(k.code) ?? 0) + 1);
    lines.push(`skipped (${[...reasons].map(([c, n]) => `${n} ${c}`).join(', ')}${s.skips.length < s.skipped ? ', ...' : ''}):`);
    for (const k of s.skips.slice(0, MAX_LISTED)) lines.push(`  ${k.origin}: ${k.reason}`);
    if (s.skipped > MAX_LISTED) lines.push(`  ... and ${s.skipped - MAX_LISTED} more`);
  }
  if (s.warnings) {
    lines.push(`warnings (${s.warnings}):`);
    for (const w of s.warningMessages.slice(0, MAX_LISTED)) lines.push(`  ${w.origin}: ${w.reason}`);
    if (s.warnings > MAX_LISTED) lines.push(`  ... and ${s.warnings - MAX_LISTED} more`);
  }
  return `${lines.join('\n')}\n`;
}

const DIRECTION_WORDS: Record<string, string> = {
  'query->match': 'drawn from the query',
  'match->query': 'source of the query',
  unknown: 'direction unknown',
};

/**
 * `find` matches as text.
 * @param r the find result
 * @param labels titles and times of the documents
 */
export function renderFind(r: FindResult, labels: ReadonlyMap<string, DocLabel> = new Map()): string {
  if (r.matches.length === 0) return `${r.query}: no derived or related documents in the corpus\n`;
  const lines = [`${r.query}: ${r.matches.length} match${r.matches.length === 1 ? '' : 'es'}`];
  const width = Math.min(40, Math.max(...r.matches.map((m) => m.id.length)));
  for (const m of r.matches) {
    const what = m.relation === 'related' ? 'same story, written independently' : DIRECTION_WORDS[m.direction];
    lines.push(`  ${m.id.padEnd(width)}  ${m.relation.padEnd(17)}  score ${m.score.toFixed(2)}  ${what}  coverage ${pct(m.coverage.query)} of query, ${pct(m.coverage.match)} of match`);
    const l = labels.get(m.id);
    if (l?.title || l?.published) lines.push(`  ${''.padEnd(width)}  ${[day(l.published), l.title ?? ''].filter(Boolean).join('  ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `clusters` as text: each cluster with its origin, members and lineage edges.
 * @param r the clusters result
 * @param labels titles and times of the documents
 */
export function renderClusters(r: ClustersResult, labels: ReadonlyMap<string, DocLabel> = new Map()): string {
  if (r.clusters.length === 0) return 'no reuse clusters: no document in the corpus is derived from another\n';
  const docs = r.clusters.reduce((n, c) => n + c.members.length, 0);
  const out = [`${r.clusters.length} reuse cluster${r.clusters.length === 1 ? '' : 's'}, ${docs} documents`];
  for (const c of r.clusters) {
    out.push('', `${c.id}: ${c.members.length} documents, origin ${c.origin ? label(c.origin, labels) : 'unknown (no publication times and no textual direction)'}`);
    for (const m of c.members) if (m !== c.origin) out.push(`  member ${label(m, labels)}`);
    for (const e of c.edges) {
      const arrow = e.direction === 'from->to' ? '->' : '--';
      out.push(`  ${e.from} ${arrow} ${e.to}  ${e.relation} ${e.score.toFixed(2)}${e.direction === 'unknown' ? ' (which came first is unknown)' : ''}`);
    }
  }
  return `${out.join('\n')}\n`;
}
