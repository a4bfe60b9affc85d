/**
 * @module
 * The inline stylesheet and script of the HTML report (one self-contained file, no external resources).
 * The script only reads the page's own markup (data-al / data-ch / data-type / data-sev attributes);
 * it never touches document text, so it cannot turn escaped text back into markup.
 */
import type { ChangeType } from '../core/types.js';

/** Highlight colour of each change type. */
export const CHANGE_COLOURS: Record<ChangeType, string> = {
  negation: '#d32f2f',
  number: '#ef6c00',
  date: '#8e24aa',
  entity: '#1565c0',
  quote: '#00897b',
  attribution: '#6d4c41',
  hedge: '#9e9d24',
  omission: '#616161',
  addition: '#2e7d32',
};

/** The report's CSS; per-type colours are appended by {@link reportCss}. */
const BASE_CSS = `
:root { --fg:#1d1d1f; --muted:#5f6368; --line:#dadce0; --bg:#fff; --verb:#dbeafe; --para:#fef3c7; --hl:#fde047; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif; color:var(--fg); background:#f6f7f9; }
header.verdict { padding:18px 24px; background:var(--bg); border-bottom:1px solid var(--line); }
header.verdict h1 { margin:0 0 4px; font-size:22px; }
.rel { display:inline-block; padding:2px 10px; border-radius:12px; font-size:13px; font-weight:600; text-transform:uppercase; margin-right:8px; vertical-align:middle; color:#fff; }
.rel-duplicate, .rel-derived { background:#c62828; } .rel-partially-derived { background:#ef6c00; }
.rel-related { background:#0277bd; } .rel-unrelated { background:#2e7d32; }
.facts { color:var(--muted); margin:4px 0 10px; }
.docs { display:flex; gap:24px; flex-wrap:wrap; }
.docs div { min-width:240px; }
.bar { height:8px; background:#eceff1; border-radius:4px; overflow:hidden; width:240px; }
.bar span { display:block; height:100%; background:#3b82f6; }
.legend { padding:8px 24px; background:var(--bg); border-bottom:1px solid var(--line); font-size:13px; display:flex; flex-wrap:wrap; gap:6px 16px; }
.sw { display:inline-block; width:14px; height:10px; border-radius:2px; vertical-align:middle; margin-right:4px; }
main.cols { display:grid; grid-template-columns:1fr 1fr; gap:16px; padding:16px 24px; }
@media (max-width: 900px) { main.cols { grid-template-columns:1fr; } }
.doc { background:var(--bg); border:1px solid var(--line); border-radius:8px; display:flex; flex-direction:column; min-width:0; }
.doc h2 { margin:0; padding:10px 14px; font-size:15px; border-bottom:1px solid var(--line); overflow-wrap:anywhere; }
.doc .text { position:relative; padding:12px 16px; white-space:pre-wrap; overflow-wrap:anywhere; overflow-y:auto; max-height:75vh; }
.al { border-radius:2px; cursor:pointer; }
.al-verbatim { background:var(--verb); } .al-paraphrase { background:var(--para); }
.al.hl { background:var(--hl); box-shadow:0 0 0 1px #ca8a04; }
.ch { border-bottom:3px solid currentColor; color:inherit; }
.ch.hl-ch { outline:2px solid #111; outline-offset:1px; }
.changes { margin:0 24px 32px; background:var(--bg); border:1px solid var(--line); border-radius:8px; padding:10px 16px; }
.changes h2 { font-size:17px; margin:4px 0 8px; }
.filters { display:flex; flex-wrap:wrap; gap:4px 14px; font-size:13px; margin-bottom:8px; }
.filters fieldset { border:0; margin:0; padding:0; display:flex; flex-wrap:wrap; gap:4px 12px; }
.filters legend { font-weight:600; float:left; margin-right:6px; }
ol.list { margin:0; padding-left:24px; }
ol.list li { padding:6px 4px; border-top:1px solid #f0f0f0; cursor:pointer; }
ol.list li.hl-ch { background:#fffbeb; }
.sev { font-size:11px; font-weight:700; text-transform:uppercase; padding:1px 6px; border-radius:3px; margin-right:6px; }
.s-major { background:#fee2e2; color:#991b1b; } .s-minor { background:#fef3c7; color:#92400e; } .s-info { background:#e5e7eb; color:#374151; }
.type { font-weight:600; margin-right:6px; }
.sides { color:var(--muted); margin-top:2px; }
.sides q { color:var(--fg); }
.empty { color:var(--muted); font-style:italic; }
`;

/** The full stylesheet: base rules plus one colour rule per change type and the filter switches. */
export function reportCss(): string {
  const rules = Object.entries(CHANGE_COLOURS).map(
    ([type, colour]) =>
      `.t-${type} { color:${colour}; } .doc .ch.t-${type} { color:inherit; border-bottom-color:${colour}; background:${colour}1f; }\n` +
      `body.hide-t-${type} .doc .ch.t-${type} { border-bottom-color:transparent; background:none; }`,
  );
  return BASE_CSS + rules.join('\n') + '\n';
}

/** The report's script: linked highlighting of aligned passages, change list selection, filters. */
export const REPORT_JS = `
(function () {
  'use strict';
  var all = function (sel) { return Array.prototype.slice.call(document.querySelectorAll(sel)); };
  var first = function (v) { return (v || '').split(' ')[0]; };
  var locked = null;
  function mark(cls, els) {
    all('.' + cls).forEach(function (e) { e.classList.remove(cls); });
    els.forEach(function (e) { e.classList.add(cls); });
  }
  function scrollInto(el) {
    var box = el.closest('.text');
    if (!box) { el.scrollIntoView({ block: 'center' }); return; }
    box.scrollTo({ top: Math.max(0, el.offsetTop - box.clientHeight / 3), behavior: 'smooth' });
  }
  function alignment(i) { return all('[data-al~="' + i + '"]'); }
  function showAlignment(i, scrollFrom) {
    var segs = alignment(i);
    mark('hl', segs);
    if (!scrollFrom) return;
    var other = segs.filter(function (s) { return !scrollFrom.contains(s); })[0];
    if (other) scrollInto(other);
  }
  function showChange(i) {
    var els = all('[data-ch~="' + i + '"]');
    mark('hl-ch', els);
    ['doc-a', 'doc-b'].forEach(function (id) {
      var col = document.getElementById(id);
      var hit = els.filter(function (e) { return col && col.contains(e); })[0];
      if (hit) scrollInto(hit);
    });
  }
  document.addEventListener('mouseover', function (ev) {
    if (locked !== null) return;
    var seg = ev.target.closest && ev.target.closest('.doc [data-al]');
    if (seg) showAlignment(first(seg.getAttribute('data-al')), null); else mark('hl', []);
  });
  document.addEventListener('click', function (ev) {
    var li = ev.target.closest && ev.target.closest('ol.list li[data-ch]');
    if (li) { showChange(li.getAttribute('data-ch')); return; }
    var ch = ev.target.closest && ev.target.closest('.doc [data-ch]');
    if (ch) {
      var item = document.querySelector('ol.list li[data-ch="' + first(ch.getAttribute('data-ch')) + '"]');
      if (item) { mark('hl-ch', [item]); item.scrollIntoView({ block: 'nearest' }); }
    }
    var seg = ev.target.closest && ev.target.closest('.doc [data-al]');
    if (seg) {
      var i = first(seg.getAttribute('data-al'));
      locked = locked === i ? null : i;
      showAlignment(i, seg.closest('.doc'));
    } else if (!li && !ch) { locked = null; mark('hl', []); }
  });
  function applyFilters() {
    var on = {};
    all('.filters input').forEach(function (b) { on[b.value] = b.checked; });
    all('ol.list li[data-ch]').forEach(function (li) {
      li.hidden = !(on['t-' + li.getAttribute('data-type')] !== false && on['s-' + li.getAttribute('data-sev')] !== false);
    });
    all('.filters input[value^="t-"]').forEach(function (b) { document.body.classList.toggle('hide-' + b.value, !b.checked); });
  }
  all('.filters input').forEach(function (b) { b.addEventListener('change', applyFilters); });
})();
`;
