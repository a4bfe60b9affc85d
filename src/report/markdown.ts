/**
 * @module
 * The Markdown report of a comparison (for issues, wikis, chat). Same content as the terminal report:
 * verdict, coverage table, aligned passages, changes grouped by type. Document text is escaped so it
 * cannot inject Markdown structure or raw HTML into the rendered page.
 */
import type { CompareResult } from '../core/types.js';
import {
  CHANGE_TYPE_LABEL, count, excerpt, groupChanges, percent, placeSide, score2, severityCounts, shorten, sideQuote,
  textsOf, verdictSentence, type ReportTexts,
} from './describe.js';

/** At most this many aligned passages are listed in the table. */
const MAX_PASSAGES_LISTED = 50;
/** Longest quote, in characters. */
const QUOTE_MAX = 160;

/** Escapes text for inline Markdown: structure characters get a backslash, `<`/`>`/`&` become entities. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+\-.!|~])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/**
 * Renders a compare result as Markdown.
 * @param texts the two document texts (offsets point into them); taken from the result when absent
 */
export function renderMarkdown(result: CompareResult, texts?: Partial<ReportTexts>): string {
  const t = textsOf(result, texts);
  const e = escapeMarkdown;
  const out: string[] = [];
  out.push(`# ${e(verdictSentence(result))}`, '');
  out.push(
    `**Relation:** ${result.relation} · **Direction:** ${result.direction} · **Style:** ${result.style} · ` +
      `**Score:** ${score2(result.score)}`,
    '',
  );
  out.push('| side | document | characters | sentences | aligned |', '| --- | --- | ---: | ---: | ---: |');
  for (const side of ['a', 'b'] as const) {
    const d = result[side];
    out.push(`| ${side} | ${e(d.name)} | ${count(d.chars)} | ${d.sentences} | ${percent(result.coverage[side])} |`);
  }
  out.push('');

  const al = result.alignments;
  out.push(`## Aligned passages (${al.length})`, '');
  if (al.length === 0) out.push('None.', '');
  else {
    out.push('| # | kind | similarity | a | b |', '| ---: | --- | ---: | --- | --- |');
    al.slice(0, MAX_PASSAGES_LISTED).forEach((x, i) => {
      out.push(
        `| ${i + 1} | ${x.kind} | ${score2(x.similarity)} | ${e(excerpt(t.a, x.a, QUOTE_MAX))} | ${e(excerpt(t.b, x.b, QUOTE_MAX))} |`,
      );
    });
    if (al.length > MAX_PASSAGES_LISTED) out.push('', `…and ${al.length - MAX_PASSAGES_LISTED} more.`);
    out.push('');
  }

  const sev = severityCounts(result.changes);
  out.push(`## Changes (${result.changes.length}: ${sev.major} major, ${sev.minor} minor, ${sev.info} info)`, '');
  if (result.changes.length === 0) out.push('None.', '');
  for (const group of groupChanges(result.changes)) {
    out.push(`### ${group.type}: ${CHANGE_TYPE_LABEL[group.type] ?? group.type} (${group.items.length})`, '');
    for (const { change } of group.items) {
      out.push(`- **${change.severity}**: ${e(shorten(change.detail, 240))}`);
      const place = placeSide(change);
      if (change.a) out.push(`  - a: ${place === 'a' ? 'none, near ' : ''}«${e(sideQuote(change, 'a', t.a, QUOTE_MAX))}»`);
      if (change.b) out.push(`  - b: ${place === 'b' ? 'none, near ' : ''}«${e(sideQuote(change, 'b', t.b, QUOTE_MAX))}»`);
    }
    out.push('');
  }
  return out.join('\n');
}
