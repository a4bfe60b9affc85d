import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle, normaliseHtml } from './extract-html.js';

const PARAS = [
  'The town council of Lindholm voted on Tuesday to close the old ferry pier for repairs lasting four months.',
  'Mayor Anja Berglund said the pier had carried passengers since 1962 and that divers found cracks in two pillars.',
  'A temporary landing will open north of the harbour, with buses linking it to the station every twenty minutes.',
  'Fishermen told the meeting they feared losing customers &amp; asked for a reduced mooring fee during the works.',
];

function page(extraHead = '', bodyPrefix = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ferry pier to close | Lindholm Courier</title>
<meta property="og:site_name" content="Lindholm Courier">
<meta property="article:published_time" content="2026-05-12T08:30:00+02:00">
<link rel="canonical" href="/news/ferry-pier">
${extraHead}
<script>var tracking = "<p>not text</p>";</script><style>p { color: red }</style>
</head><body>${bodyPrefix}<nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<article><h1>Ferry pier to close for repairs</h1>${PARAS.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>Copyright Lindholm Courier. All rights reserved.</footer></body></html>`;
}

test('article text keeps paragraphs apart and drops the page chrome', () => {
  const a = extractArticle(page(), 'https://courier.example/news/ferry-pier?ref=rss');
  const paras = a.text.split('\n\n');
  assert.ok(paras.some((p) => p.startsWith('The town council of Lindholm voted')), a.text);
  assert.ok(a.text.includes('customers & asked'), 'entities decoded');
  assert.ok(!a.text.includes('Weather'), 'navigation dropped');
  assert.ok(!a.text.includes('not text'), 'scripts dropped');
  assert.ok(!a.text.includes('color: red'), 'styles dropped');
  for (const p of PARAS) assert.ok(paras.includes(p.replace('&amp;', '&')), `paragraph kept whole: ${p}`);
  assert.equal(a.title, 'Ferry pier to close | Lindholm Courier');
  assert.equal(a.published, '2026-05-12T06:30:00.000Z');
  assert.equal(a.url, 'https://courier.example/news/ferry-pier');
  assert.equal(a.outlet, 'Lindholm Courier');
  assert.equal(a.lang, 'en');
});

test('published time from JSON-LD, then <time>', () => {
  const html = page().replace(/<meta property="article:published_time"[^>]*>/, '');
  const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Pier closes","datePublished":"2026-05-11","publisher":{"@type":"Organization","name":"Courier Group"}}]}</script>`;
  const a = extractArticle(html.replace('</head>', `${ld}</head>`));
  assert.equal(a.published, '2026-05-11T00:00:00.000Z');
  const b = extractArticle(html.replace('<article>', '<article><time datetime="2026-05-10T12:00:00Z">10 May</time>'));
  assert.equal(b.published, '2026-05-10T12:00:00.000Z');
  assert.equal(b.url, undefined, 'relative canonical without a base URL is dropped');
});

test('short pages and fragments fall back to the whole page text', () => {
  const a = extractArticle('<p>Only one short line here.</p><p>And a second.</p>');
  assert.equal(a.text, 'Only one short line here.\n\nAnd a second.');
  const b = extractArticle('<html><body><div>First block<br>next line</div><script>x()</script></body></html>');
  assert.equal(b.text, 'First block\nnext line');
});

test('broken HTML never throws', () => {
  const inputs = ['', '<', '<<<>>></html></body><html>', '<p>broken <div><b>x</p></i>&amp', '<html><head><title>t</head><body><p>x<table><tr><td>c</body>',
    '<!doctype html><html><body>' + '<div>'.repeat(3000) + 'deep' + '</div>'.repeat(3000) + '</body></html>', '\u0000\u0001<html>'];
  for (const html of inputs) {
    const a = extractArticle(html);
    assert.equal(typeof a.text, 'string');
  }
  assert.equal(extractArticle('<p>broken <div><b>x</p></i>&amp').text.replace(/\s+/g, ' '), 'broken x&');
});

test('normaliseHtml puts loose content inside a body', () => {
  assert.match(normaliseHtml('<html lang="fr"><p>a'), /^<!DOCTYPE html><html lang="fr"><head><\/head><body><p>a<\/body><\/html>$/);
  assert.match(normaliseHtml('<head><title>x</title></head><p>b</p>'), /<head><title>x<\/title><\/head><body><p>b<\/p><\/body>/);
});
