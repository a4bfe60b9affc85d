import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompareResult } from '../core/types.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { escapeMarkdown, renderMarkdown } from './markdown.js';
import { renderText } from './text.js';
import { renderReport } from './index.js';
import { sideQuote } from './describe.js';

// Our own fictional texts.
const A = 'The Lindholm council approved 40 new homes on Monday. "We will not raise taxes," said mayor Anja Berglund.\n\nWork starts in May.';
const B = 'Lindholm council approved 400 new homes on Monday. "We may raise taxes," mayor Anja Berglund said.\n\nA local baker welcomed the plan.';

function span(text: string, needle: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length, text: needle };
}

const RESULT: CompareResult = {
  schema: 'copytrace.compare/1',
  a: { name: 'council-a.txt', chars: A.length, sentences: 3 },
  b: { name: 'council-b.txt', chars: B.length, sentences: 3 },
  relation: 'derived',
  direction: 'a->b',
  score: 0.82,
  style: 'light-edit',
  coverage: { a: 0.8, b: 0.75 },
  alignments: [
    { a: { start: 0, end: A.indexOf('"') - 1 }, b: { start: 0, end: B.indexOf('"') - 1 }, similarity: 0.93, kind: 'verbatim' },
    { a: { start: A.indexOf('"'), end: A.indexOf('\n') }, b: { start: B.indexOf('"'), end: B.indexOf('\n') }, similarity: 0.7, kind: 'paraphrase' },
  ],
  changes: [
    { type: 'number', a: span(A, '40'), b: span(B, '400'), detail: '40 homes became 400 homes', severity: 'major' },
    { type: 'negation', a: span(A, 'will not raise'), b: span(B, 'may raise'), detail: 'a denial became a possibility', severity: 'major' },
    { type: 'hedge', a: span(A, 'will not'), b: span(B, 'may'), detail: 'certainty weakened', severity: 'minor' },
    { type: 'omission', a: span(A, 'Work starts in May.'), detail: 'the start date was left out', severity: 'minor' },
    { type: 'addition', b: span(B, 'A local baker welcomed the plan.'), detail: 'a reaction was added', severity: 'info' },
  ],
};

test('json: exactly the contract object, 2-space indent', () => {
  const out = renderJson(RESULT);
  assert.deepEqual(JSON.parse(out), RESULT);
  assert.ok(out.startsWith('{\n  "schema": "copytrace.compare/1"'));
  assert.ok(out.endsWith('}\n'));
});

test('text: verdict, coverage, passages and grouped changes, no colour unless asked', () => {
  const out = renderText(RESULT, { a: A, b: B });
  const lines = out.split('\n');
  assert.match(lines[0]!, /^DERIVED  council-b\.txt is derived from council-a\.txt$/);
  assert.match(out, /a {2}council-a\.txt .* 80% aligned/);
  assert.match(out, /Aligned passages: 2 {2}\(1 verbatim, 1 paraphrase\)/);
  assert.match(out, /Changes: 5 {2}\(2 major, 2 minor, 1 info\)/);
  assert.ok(out.indexOf('  negation (1)') < out.indexOf('  number (1)'), 'negation listed before number');
  assert.match(out, /a: "40"\n +b: "400"/);
  assert.match(out, /a only: "Work starts in May\."/);
  assert.match(out, /b only: "A local baker welcomed the plan\."/);
  assert.ok(!out.includes('\x1b['), 'no ANSI codes');
  const coloured = renderText(RESULT, { a: A, b: B }, { colour: true });
  assert.ok(coloured.includes('\x1b[1;31mDERIVED\x1b[0m'));
});

test('text: control characters in documents are neutralised', () => {
  const evil = { ...RESULT, a: { ...RESULT.a, name: 'x\x1b[2Jy.txt' }, changes: [] };
  const out = renderText(evil, { a: A, b: B });
  assert.ok(!out.includes('\x1b'));
  assert.ok(out.includes('x[2Jy.txt'));
});

test('markdown: headings, tables and escaped text', () => {
  const out = renderMarkdown(RESULT, { a: A, b: B });
  assert.match(out, /^# council\\-b\\\.txt is derived from council\\-a\\\.txt/);
  assert.match(out, /\| a \| council\\-a\\\.txt \| \d+ \| 3 \| 80% \|/);
  assert.match(out, /### negation: negation flipped \(1\)/);
  assert.equal(escapeMarkdown('<b>*x*</b> | y'), '&lt;b&gt;\\*x\\*&lt;/b&gt; \\| y');
});

const EVIL_A = 'Headline <script>alert(1)</script> & "quotes" \'single\' <img src=x onerror=alert(2)> end.';
const EVIL_B = 'Copy <script>alert(1)</script> & "quotes" <b>bold</b> </textarea> end.';

test('html: self-contained, every piece of document text escaped', () => {
  const evil: CompareResult = {
    ...RESULT,
    a: { name: '<script>alert("name")</script>.html', chars: EVIL_A.length, sentences: 1 },
    b: { name: 'b"onmouseover="alert(3).txt', chars: EVIL_B.length, sentences: 1 },
    alignments: [{ a: { start: 0, end: EVIL_A.length }, b: { start: 0, end: EVIL_B.length }, similarity: 0.5, kind: 'paraphrase' }],
    changes: [
      { type: 'quote', a: span(EVIL_A, '<script>alert(1)</script>'), b: span(EVIL_B, '<b>bold</b>'), detail: 'detail <i>tag</i> & "q"', severity: 'major' },
      { type: 'addition', b: span(EVIL_B, '</textarea>'), detail: '<svg onload=alert(4)>', severity: 'info' },
    ],
  };
  const out = renderHtml(evil, { a: EVIL_A, b: EVIL_B });
  assert.ok(out.startsWith('<!DOCTYPE html>'));
  // Exactly one script element: ours.
  assert.equal(out.match(/<script/gi)?.length, 1);
  for (const tag of ['<img', '<b>', '</b>', '</textarea>', '<svg', '<i>', 'onmouseover="']) assert.ok(!out.includes(tag), tag);
  assert.ok(out.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(out.includes('&amp; &quot;quotes&quot; &#39;single&#39;'));
  // No external resources.
  assert.ok(!/<[a-z][^>]*\s(src|href)\s*=/i.test(out), 'no element with src/href');
  assert.ok(!/<(link|iframe|object|embed|img)\b/i.test(out), 'no external resource elements');
  assert.ok(!/url\(/i.test(out), 'no url() in CSS');
  assert.match(out, /Content-Security-Policy" content="default-src &#39;none&#39;/);
});

test('html: linked alignments, typed change marks, legend and filters', () => {
  const out = renderHtml(RESULT, { a: A, b: B });
  assert.match(out, /<section class="doc" id="doc-a">/);
  assert.match(out, /<section class="doc" id="doc-b">/);
  assert.match(out, /class="al al-verbatim" data-al="0"/);
  assert.match(out, /class="al al-paraphrase ch t-negation s-major" data-al="1" data-ch="1 2"/);
  assert.match(out, /<li data-ch="0" data-type="number" data-sev="major">/);
  assert.match(out, /<input type="checkbox" value="t-number" checked>/);
  assert.match(out, /<input type="checkbox" value="s-minor" checked>/);
  assert.match(out, /class="legend"/);
  // The full texts are there (escaped), paragraphs kept.
  assert.ok(out.includes('Work starts in May.'));
  assert.ok(out.includes('A local baker welcomed the plan.'));
});

test('html: works with zero alignments and zero changes', () => {
  const none: CompareResult = { ...RESULT, relation: 'unrelated', direction: 'unknown', score: 0, style: 'none', coverage: { a: 0, b: 0 }, alignments: [], changes: [] };
  const out = renderHtml(none, { a: A, b: B });
  assert.match(out, /No aligned passages\./);
  assert.match(out, /No changes in meaning found\./);
  assert.ok(!out.includes('data-al='));
  assert.ok(out.includes(escapeText(A)));
  const text = renderText(none, { a: A, b: B });
  assert.match(text, /^UNRELATED  council-a\.txt and council-b\.txt are unrelated/);
  assert.match(renderMarkdown(none, { a: A, b: B }), /None\./);
});

test('renderReport dispatches and uses result texts when none are given', () => {
  const withText = { ...RESULT, a: { ...RESULT.a, text: A }, b: { ...RESULT.b, text: B } };
  assert.ok(renderReport('html', withText).includes('Work starts in May.'));
  assert.ok(renderReport('text', withText).startsWith('DERIVED'));
  assert.ok(renderReport('md', withText).startsWith('# '));
  assert.deepEqual(JSON.parse(renderReport('json', withText)), withText);
});

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

test('a span that only marks where the other side\'s words would be is shown as a place, in text and Markdown', () => {
  const dropped: CompareResult = {
    ...RESULT,
    changes: [{ type: 'date', a: span(A, 'on Monday'), b: span(B, 'mayor Anja'), detail: 'date dropped: "on Monday"', severity: 'minor' }],
  };
  // the place is quoted with a few words around it, within its line, so a reader can find it
  assert.match(renderText(dropped, { a: A, b: B }), /a: "on Monday"\n +b: none, near "…may raise taxes," mayor Anja Berglund said\."/);
  assert.match(renderMarkdown(dropped, { a: A, b: B }), /- b: none, near «…may raise taxes," mayor Anja Berglund said\\\.»/);
  const html = renderHtml(dropped, { a: A, b: B });
  assert.match(html, /a: <q>on Monday<\/q> → b: none, near <q>…may raise taxes,&quot; mayor Anja Berglund said\.<\/q>/);
  // without the texts, the place's own words are all there is to show
  assert.match(renderText(dropped), /b: none, near "mayor Anja"/);
  // the place is not highlighted in b as if it were the changed words; the dropped words are, in a
  const docB = html.slice(html.indexOf('id="doc-b"'), html.indexOf('</section>', html.indexOf('id="doc-b"')));
  const docA = html.slice(html.indexOf('id="doc-a"'), html.indexOf('</section>', html.indexOf('id="doc-a"')));
  assert.match(docA, /data-ch="0"/);
  assert.doesNotMatch(docB, /data-ch="0"/);
  // a changed value is text on both sides
  assert.match(renderText(RESULT, { a: A, b: B }), /a: "40"\n +b: "400"/);
});

test('sideQuote widens a place by three words each side, within its line, and leaves other spans as they are', () => {
  const text = 'Headline here\nThe minister said on Friday that the new rules would start in May next year.\nEnd.';
  const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w });
  const change = (b: ReturnType<typeof at>) => ({ type: 'date' as const, severity: 'minor' as const, detail: 'date dropped: "on Monday"', a: at('Headline'), b });
  assert.equal(sideQuote(change(at('the new')), 'b', text), '…on Friday that the new rules would start…');
  assert.equal(sideQuote(change(at('The')), 'b', text), 'The minister said on…');
  assert.equal(sideQuote(change(at('year.')), 'b', text), '…in May next year.');
  assert.equal(sideQuote(change(at('the new')), 'a', text), 'Headline', 'the dropped words themselves are quoted as they are');
  assert.equal(sideQuote({ ...change(at('the new')), detail: 'date changed: "on Monday" → "the new"' }, 'b', text), 'the new', 'a span with text of its own is no place');
  assert.equal(sideQuote({ type: 'omission', severity: 'minor', detail: 'omitted sentence', a: at('End.') }, 'b', text), '');
});
