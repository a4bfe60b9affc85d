/**
 * @module
 * The HTML report: ONE self-contained file (inline CSS and JS, no external resources, a strict CSP).
 * Verdict on top, the two texts side by side with aligned passages as linked highlights (hover or
 * click one side to light up and scroll to its counterpart), changes highlighted by type with a
 * legend, and a change list with filters by type and severity.
 * Every piece of document-derived text (names, texts, change quotes, details) goes through
 * {@link escapeHtml}; attributes carry only numbers and fixed enum words.
 */
import { createHash } from 'node:crypto';
import type { ChangeType, CompareResult, Severity } from '../core/types.js';
import {
  CHANGE_TYPE_LABEL, count, groupChanges, percent, placeSide, score2, severityCounts, shorten, sideQuote, SEVERITY_ORDER,
  textsOf, verdictSentence, type ReportTexts,
} from './describe.js';
import { CHANGE_COLOURS, REPORT_JS, reportCss } from './html-assets.js';
import { segmentSide, type Segment } from './segments.js';

/** Longest quote in the change list, in characters. */
const QUOTE_MAX = 200;
const KNOWN_TYPES = new Set(Object.keys(CHANGE_COLOURS));
const KNOWN_SEVERITIES = new Set<string>(SEVERITY_ORDER);

/** Escapes text for HTML content and double- or single-quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A class-safe token: known enum words pass, anything else becomes `other`. */
function token(value: string, known: Set<string>): string {
  return known.has(value) ? value : 'other';
}

function sevRank(s: Severity): number {
  const i = SEVERITY_ORDER.indexOf(s);
  return i < 0 ? SEVERITY_ORDER.length : i;
}

function renderSegments(text: string, segments: Segment[], result: CompareResult): string {
  const out: string[] = [];
  for (const seg of segments) {
    const body = escapeHtml(text.slice(seg.start, seg.end));
    if (seg.alignments.length === 0 && seg.changes.length === 0) {
      out.push(body);
      continue;
    }
    const classes: string[] = [];
    const attrs: string[] = [];
    if (seg.alignments.length) {
      const kind = result.alignments[seg.alignments[0]!]?.kind === 'verbatim' ? 'verbatim' : 'paraphrase';
      classes.push('al', `al-${kind}`);
      attrs.push(`data-al="${seg.alignments.join(' ')}"`);
    }
    if (seg.changes.length) {
      const top = seg.changes
        .map((i) => result.changes[i]!)
        .sort((x, y) => sevRank(x.severity) - sevRank(y.severity))[0]!;
      classes.push('ch', `t-${token(top.type, KNOWN_TYPES)}`, `s-${token(top.severity, KNOWN_SEVERITIES)}`);
      attrs.push(`data-ch="${seg.changes.join(' ')}"`);
      const tips = seg.changes.map((i) => {
        const c = result.changes[i]!;
        return `${c.type} (${c.severity}): ${shorten(c.detail, 160)}`;
      });
      attrs.push(`title="${escapeHtml(tips.join('\n'))}"`);
    }
    out.push(`<span class="${classes.join(' ')}" ${attrs.join(' ')}>${body}</span>`);
  }
  return out.join('');
}

function renderDoc(side: 'a' | 'b', text: string, result: CompareResult): string {
  const segments = segmentSide(result, side, text.length);
  const inner = text === '' ? '<span class="empty">(text not available)</span>' : renderSegments(text, segments, result);
  return (
    `<section class="doc" id="doc-${side}"><h2>${side}: ${escapeHtml(result[side].name)}</h2>` +
    `<div class="text">${inner}</div></section>`
  );
}

function renderChangeList(result: CompareResult, texts: ReportTexts): string {
  if (result.changes.length === 0) return '<p class="empty">No changes in meaning found.</p>';
  const items: string[] = [];
  for (const group of groupChanges(result.changes)) {
    for (const { change, index } of group.items) {
      const type = token(change.type, KNOWN_TYPES);
      const sev = token(change.severity, KNOWN_SEVERITIES);
      const a = escapeHtml(sideQuote(change, 'a', texts.a, QUOTE_MAX));
      const b = escapeHtml(sideQuote(change, 'b', texts.b, QUOTE_MAX));
      const place = placeSide(change);
      const q = (side: 'a' | 'b', text: string) => `${place === side ? 'none, near ' : ''}<q>${text}</q>`;
      const sides = a && b ? `a: ${q('a', a)} → b: ${q('b', b)}` : a ? `only in a: ${q('a', a)}` : b ? `only in b: ${q('b', b)}` : '';
      items.push(
        `<li data-ch="${index}" data-type="${type}" data-sev="${sev}"><span class="sev s-${sev}">${sev}</span>` +
          `<span class="type t-${type}">${escapeHtml(change.type)}</span>${escapeHtml(shorten(change.detail, 300))}` +
          (sides ? `<div class="sides">${sides}</div>` : '') +
          '</li>',
      );
    }
  }
  return `<ol class="list">${items.join('\n')}</ol>`;
}

function renderFilters(result: CompareResult): string {
  const types = groupChanges(result.changes).map((g) => `${g.type}|${g.items.length}`);
  const sev = severityCounts(result.changes);
  const box = (value: string, label: string): string =>
    `<label><input type="checkbox" value="${value}" checked> ${label}</label>`;
  const typeBoxes = types.map((x) => {
    const [type, n] = x.split('|') as [ChangeType, string];
    return box(`t-${token(type, KNOWN_TYPES)}`, `<span class="type t-${token(type, KNOWN_TYPES)}">${escapeHtml(type)}</span> (${n})`);
  });
  const sevBoxes = SEVERITY_ORDER.filter((s) => sev[s]).map((s) => box(`s-${s}`, `<span class="sev s-${s}">${s}</span> (${sev[s]})`));
  return (
    `<div class="filters"><fieldset><legend>Type</legend>${typeBoxes.join('')}</fieldset>` +
    `<fieldset><legend>Severity</legend>${sevBoxes.join('')}</fieldset></div>`
  );
}

function renderLegend(): string {
  const items = [
    '<span><span class="sw" style="background:var(--verb)"></span>verbatim passage</span>',
    '<span><span class="sw" style="background:var(--para)"></span>paraphrased passage</span>',
    ...Object.entries(CHANGE_COLOURS).map(
      ([type, colour]) =>
        `<span><span class="sw" style="background:${colour}"></span>${escapeHtml(CHANGE_TYPE_LABEL[type as ChangeType] ?? type)}</span>`,
    ),
  ];
  return `<div class="legend">${items.join('')}</div>`;
}

function sha256(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('base64');
}

/**
 * Renders a compare result as one self-contained HTML page.
 * @param texts the two document texts (offsets point into them); taken from the result when absent
 */
export function renderHtml(result: CompareResult, texts?: Partial<ReportTexts>): string {
  const t = textsOf(result, texts);
  const css = reportCss();
  // Scripts run only if their hash matches ours, so even a missed escape could not run injected code.
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${sha256(REPORT_JS)}'; img-src data:`;
  const rel = token(result.relation, new Set(['duplicate', 'derived', 'partially-derived', 'related', 'unrelated']));
  const facts = [`score ${score2(result.score)}`, `direction ${result.direction}`, `style ${result.style}`,
    `${result.alignments.length} aligned passage${result.alignments.length === 1 ? '' : 's'}`,
    `${result.changes.length} change${result.changes.length === 1 ? '' : 's'}`];
  const docs = (['a', 'b'] as const).map((side) => {
    const d = result[side];
    const cov = Math.max(0, Math.min(1, result.coverage[side] || 0));
    return `<div><strong>${side}</strong>: ${escapeHtml(d.name)}<br>${count(d.chars)} characters, ${d.sentences} sentences, ` +
      `${percent(cov)} aligned<div class="bar"><span style="width:${(cov * 100).toFixed(1)}%"></span></div></div>`;
  });
  const noAlign = result.alignments.length === 0 ? '<p class="empty" style="margin:8px 24px 0">No aligned passages.</p>' : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="generator" content="copytrace">
<title>copytrace: ${escapeHtml(result.a.name)} vs ${escapeHtml(result.b.name)}</title>
<style>${css}</style>
</head>
<body>
<header class="verdict">
<h1><span class="rel rel-${rel}">${escapeHtml(result.relation)}</span>${escapeHtml(verdictSentence(result))}</h1>
<p class="facts">${facts.map(escapeHtml).join(' · ')}</p>
<div class="docs">${docs.join('')}</div>
</header>
${renderLegend()}
${noAlign}
<main class="cols">
${renderDoc('a', t.a, result)}
${renderDoc('b', t.b, result)}
</main>
<section class="changes"><h2>Changes (${result.changes.length})</h2>
${result.changes.length ? renderFilters(result) : ''}
${renderChangeList(result, t)}
</section>
<script>${REPORT_JS}</script>
</body>
</html>
`;
}
