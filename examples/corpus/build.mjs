#!/usr/bin/env node
// Builds the example corpus from its editable sources:
//   examples/corpus/stories/<id>.md  ->  examples/corpus/articles.jsonl
// and the demo files examples/pairs/original.txt, copy.txt and page.html.
// Run after editing a story: `node examples/corpus/build.mjs`. Plain JS so it needs no build step.
// Each story file is a front-matter block (id, title, source, published, url) and the article text;
// paragraphs are separated by one blank line.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const storiesDir = join(here, 'stories');
const pairsDir = join(here, '..', 'pairs');

/** The README demo pair: an original and a copy with altered figures, hedges and a negation flip. */
const DEMO_ORIGINAL = 'vaccine-original';
const DEMO_COPY = 'vaccine-altered';
/** The story wrapped in a cluttered HTML page for extraction tests. */
const PAGE_STORY = 'drought-original';
const FIELDS = ['id', 'title', 'source', 'published', 'url'];

/** Parses one story file into a JSONL document object. */
export function parseStory(raw, file) {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw.replace(/\r\n/g, '\n'));
  if (!m) throw new Error(`${file}: expected a front-matter block between --- lines`);
  const meta = {};
  for (const line of m[1].split('\n')) {
    const i = line.indexOf(': ');
    if (i < 0) throw new Error(`${file}: bad front-matter line: ${line}`);
    meta[line.slice(0, i).trim()] = line.slice(i + 2).trim();
  }
  for (const f of FIELDS) if (!meta[f]) throw new Error(`${file}: missing ${f}`);
  const text = m[2].trim().replace(/\n{3,}/g, '\n\n');
  return { id: meta.id, title: meta.title, source: meta.source, published: meta.published, url: meta.url, lang: 'en', text };
}

/** Reads every story, sorted by publication time (sources before copies), then id. */
export function readStories() {
  const docs = readdirSync(storiesDir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => parseStory(readFileSync(join(storiesDir, f), 'utf8'), f));
  return docs.sort((x, y) => Date.parse(x.published) - Date.parse(y.published) || x.id.localeCompare(y.id));
}

function escapeText(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeHtml(s) {
  return escapeText(s).replace(/"/g, '&quot;');
}

/** A news page with navigation, ads, a cookie banner, related links and a footer around one article. */
function page(doc) {
  const paras = doc.text.split('\n\n').map((p) => `        <p>${escapeText(p)}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(doc.title)} | ${escapeHtml(doc.source)}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:title" content="${escapeHtml(doc.title)}">
  <meta property="article:published_time" content="${doc.published}">
  <link rel="canonical" href="${doc.url}">
  <style>body{font-family:Georgia,serif;margin:0}.ad{background:#eee;padding:1em}nav a{margin-right:1em}</style>
  <script>window.dataLayer = window.dataLayer || []; function track(e) { dataLayer.push(e); }</script>
</head>
<body>
  <div class="cookie-banner" role="dialog">We use cookies to improve your experience. <button>Accept all</button> <button>Manage settings</button></div>
  <header class="site-header">
    <a class="logo" href="/">${escapeHtml(doc.source)}</a>
    <nav aria-label="Sections">
      <a href="/news">News</a><a href="/markets">Markets</a><a href="/weather">Weather</a><a href="/machinery">Machinery</a><a href="/opinion">Opinion</a><a href="/subscribe">Subscribe</a>
    </nav>
    <form class="search" action="/search"><input name="q" placeholder="Search"><button>Go</button></form>
  </header>
  <div class="ad ad-leaderboard">ADVERTISEMENT · Irrigation pumps at spring prices. Call 555-0199 today.</div>
  <main>
    <article>
      <h1>${escapeText(doc.title)}</h1>
      <p class="byline">By Staff Reporter · <time datetime="${doc.published}">June 13, 2025</time></p>
      <div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
      <div class="article-body">
${paras}
      </div>
    </article>
    <aside class="related">
      <h2>Related stories</h2>
      <ul>
        <li><a href="/news/grain-prices">Grain prices climb as dry spell spreads</a></li>
        <li><a href="/news/well-permits">County weighs limits on new well permits</a></li>
        <li><a href="/news/orchard-sale">Family sells 80-year-old orchard</a></li>
      </ul>
    </aside>
    <div class="ad ad-box">SPONSORED · Drought-tolerant seed varieties: ask your dealer.</div>
    <section class="newsletter">Get the morning farm report in your inbox. <input placeholder="Email"> <button>Sign up</button></section>
  </main>
  <footer>
    <p>© 2025 ${escapeHtml(doc.source)}. All rights reserved.</p>
    <p><a href="/about">About us</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy policy</a> · <a href="/terms">Terms of use</a></p>
  </footer>
  <script>track({ event: 'pageview' });</script>
</body>
</html>
`;
}

function main() {
  const docs = readStories();
  const ids = new Set();
  for (const d of docs) {
    if (ids.has(d.id)) throw new Error(`duplicate id ${d.id}`);
    ids.add(d.id);
  }
  writeFileSync(join(here, 'articles.jsonl'), docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const byId = new Map(docs.map((d) => [d.id, d]));
  const get = (id) => byId.get(id) ?? (() => { throw new Error(`no story ${id}`); })();
  writeFileSync(join(pairsDir, 'original.txt'), `${get(DEMO_ORIGINAL).title}\n\n${get(DEMO_ORIGINAL).text}\n`);
  writeFileSync(join(pairsDir, 'copy.txt'), `${get(DEMO_COPY).title}\n\n${get(DEMO_COPY).text}\n`);
  writeFileSync(join(pairsDir, 'page.html'), page(get(PAGE_STORY)));
  console.log(`wrote ${docs.length} articles to examples/corpus/articles.jsonl and 3 files to examples/pairs/`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
