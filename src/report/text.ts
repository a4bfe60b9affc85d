/**
 * @module
 * The terminal report of a comparison: verdict line, the two documents with their coverage, a summary
 * of aligned passages, then every change grouped by type with its severity and both sides quoted.
 * Colour only when asked (the CLI asks when stdout is a TTY and NO_COLOR is unset). Document text is
 * stripped of control characters, so a hostile document cannot drive the terminal.
 */
import type { CompareResult, Relation, Severity } from '../core/types.js';
import {
  count, excerpt, groupChanges, percent, placeSide, score2, severityCounts, shorten, sideQuote, textsOf,
  verdictSentence, type ReportTexts,
} from './describe.js';

/** At most this many aligned passages are listed one by one. */
const MAX_PASSAGES_LISTED = 20;
/** Longest quote of a change side or passage, in characters. */
const QUOTE_MAX = 140;

/** Options for {@link renderText}. */
export interface TextReportOptions {
  /** Use ANSI colours. */
  colour?: boolean;
}

const ANSI = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33', blue: '34', magenta: '35', cyan: '36' } as const;
type Style = keyof typeof ANSI;

const RELATION_STYLE: Record<Relation, Style[]> = {
  duplicate: ['bold', 'red'],
  derived: ['bold', 'red'],
  'partially-derived': ['bold', 'yellow'],
  related: ['bold', 'cyan'],
  unrelated: ['bold', 'green'],
};
const SEVERITY_STYLE: Record<Severity, Style[]> = { major: ['bold', 'red'], minor: ['yellow'], info: ['dim'] };

/** Removes C0/C1 control characters (ESC included) that could drive the terminal. */
export function safeForTerminal(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}

/**
 * Renders a compare result for the terminal.
 * @param texts the two document texts (offsets point into them); taken from the result when absent
 */
export function renderText(result: CompareResult, texts?: Partial<ReportTexts>, options: TextReportOptions = {}): string {
  const t = textsOf(result, texts);
  const paint = (s: string, ...styles: Style[]): string =>
    options.colour && styles.length ? `\x1b[${styles.map((x) => ANSI[x]).join(';')}m${s}\x1b[0m` : s;
  const quote = (s: string): string => `"${safeForTerminal(s)}"`;
  const lines: string[] = [];

  const relation = result.relation.toUpperCase();
  lines.push(`${paint(relation, ...(RELATION_STYLE[result.relation] ?? ['bold']))}  ${safeForTerminal(verdictSentence(result))}`);
  const facts = [`score ${score2(result.score)}`];
  if (result.style !== 'none') facts.push(`style ${result.style}`);
  if (result.direction !== 'unknown') facts.push(`direction ${result.direction}`);
  lines.push(paint(facts.join('  ·  '), 'dim'));
  lines.push('');

  const nameWidth = Math.min(50, Math.max(result.a.name.length, result.b.name.length));
  for (const side of ['a', 'b'] as const) {
    const d = result[side];
    const name = safeForTerminal(d.name).padEnd(nameWidth);
    lines.push(
      `${paint(side, 'bold')}  ${name}  ${count(d.chars).padStart(7)} chars  ${String(d.sentences).padStart(4)} sentences  ` +
        `${percent(result.coverage[side]).padStart(4)} aligned`,
    );
  }
  lines.push('');

  const al = result.alignments;
  const verbatim = al.filter((x) => x.kind === 'verbatim').length;
  lines.push(paint(`Aligned passages: ${al.length}`, 'bold') + (al.length ? `  (${verbatim} verbatim, ${al.length - verbatim} paraphrase)` : ''));
  if (al.length === 0) lines.push('  none');
  al.slice(0, MAX_PASSAGES_LISTED).forEach((x, i) => {
    const where = `a ${x.a.start}–${x.a.end}  b ${x.b.start}–${x.b.end}`;
    lines.push(`  ${String(i + 1).padStart(3)}. ${where.padEnd(30)} ${x.kind.padEnd(10)} ${score2(x.similarity)}`);
    lines.push(`       a: ${paint(quote(excerpt(t.a, x.a, QUOTE_MAX)), 'dim')}`);
    if (x.kind !== 'verbatim') lines.push(`       b: ${paint(quote(excerpt(t.b, x.b, QUOTE_MAX)), 'dim')}`);
  });
  if (al.length > MAX_PASSAGES_LISTED) lines.push(`       … and ${al.length - MAX_PASSAGES_LISTED} more`);
  lines.push('');

  const sev = severityCounts(result.changes);
  const sevText = (['major', 'minor', 'info'] as const).filter((s) => sev[s]).map((s) => `${sev[s]} ${s}`).join(', ');
  lines.push(paint(`Changes: ${result.changes.length}`, 'bold') + (sevText ? `  (${sevText})` : ''));
  if (result.changes.length === 0) lines.push('  none');
  for (const group of groupChanges(result.changes)) {
    lines.push(`  ${paint(group.type, 'bold', 'magenta')} (${group.items.length})`);
    for (const { change } of group.items) {
      const tag = paint(change.severity.toUpperCase().padEnd(5), ...(SEVERITY_STYLE[change.severity] ?? []));
      lines.push(`    ${tag}  ${safeForTerminal(shorten(change.detail, 200))}`);
      const a = change.a ? quote(sideQuote(change, 'a', t.a, QUOTE_MAX)) : undefined;
      const b = change.b ? quote(sideQuote(change, 'b', t.b, QUOTE_MAX)) : undefined;
      const place = placeSide(change);
      if (a && b) {
        lines.push(`           a: ${place === 'a' ? paint(`none, near ${a}`, 'dim') : paint(a, 'red')}`);
        lines.push(`           b: ${place === 'b' ? paint(`none, near ${b}`, 'dim') : paint(b, 'green')}`);
      } else if (a) lines.push(`           a only: ${paint(a, 'red')}`);
      else if (b) lines.push(`           b only: ${paint(b, 'green')}`);
    }
  }
  return lines.join('\n') + '\n';
}
