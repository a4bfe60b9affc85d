/**
 * @module
 * HTML page -> article text and metadata. Uses @mozilla/readability over linkedom (pinned 0.18.14)
 * to drop navigation, ads and boilerplate, keeps paragraphs separated by blank lines (the engine's
 * sentence splitter and the reports rely on them), and reads title, publication time, canonical URL
 * and outlet from the page's metadata. Shared by `compare` (src/io) and ingest (src/ingest).
 * Never throws on malformed HTML: the worst case is an empty `text`.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText } from './html-text.js';
import { readMetadata, toIsoDate, type PageMetadata } from './html-meta.js';

/** Readability's minimum article length; below it, it retries looser and finally gives its best attempt. */
const READABILITY_CHAR_THRESHOLD = 250;
/** Elements never worth reading in the whole-page fallback. */
const FALLBACK_DROP = 'script, style, noscript, template, nav, header, footer, aside, form, svg, iframe, button, select';

/** What {@link extractArticle} finds in a page. */
export interface ExtractedArticle extends PageMetadata {
  /** Article text, paragraphs separated by a blank line; '' when the page holds no readable text. */
  text: string;
}

/**
 * Rebuilds the page as `<html><head>…</head><body>…</body></html>`. linkedom is not a full HTML5
 * parser: without this, content outside an explicit `<body>` (fragments, pages without a body tag)
 * would be invisible to `document.body`.
 */
export function normaliseHtml(html: string): string {
  const headMatch = /<head(?:\s[^>]*)?>([\s\S]*?)<\/head\s*>/i.exec(html);
  const head = headMatch?.[1] ?? '';
  let body: string;
  const bodyOpen = /<body(?:\s[^>]*)?>/i.exec(html);
  if (bodyOpen) {
    const from = bodyOpen.index + bodyOpen[0].length;
    const close = html.toLowerCase().lastIndexOf('</body');
    body = html.slice(from, close > from ? close : undefined);
  } else {
    body = headMatch ? html.slice(0, headMatch.index) + html.slice(headMatch.index + headMatch[0].length) : html;
    body = body.replace(/<!doctype[^>]*>/gi, '').replace(/<\/?html(?:\s[^>]*)?>/gi, '');
  }
  const htmlAttrs = /<html(\s[^>]*)?>/i.exec(html)?.[1] ?? '';
  return `<!DOCTYPE html><html${htmlAttrs}><head>${head}</head><body>${body}</body></html>`;
}

interface ReadabilityOutcome {
  text: string;
  title?: string;
  byline?: string;
  published?: string;
  outlet?: string;
}

function runReadability(document: Document): ReadabilityOutcome {
  try {
    const article = new Readability<Node>(document, {
      charThreshold: READABILITY_CHAR_THRESHOLD,
      serializer: (node: Node) => node,
    }).parse();
    if (!article) return { text: '' };
    const out: ReadabilityOutcome = { text: article.content ? htmlToText(article.content) : '' };
    if (article.title?.trim()) out.title = article.title.trim();
    if (article.byline?.trim()) out.byline = article.byline.trim();
    if (article.publishedTime?.trim()) out.published = article.publishedTime.trim();
    if (article.siteName?.trim()) out.outlet = article.siteName.trim();
    return out;
  } catch {
    return { text: '' };
  }
}

function wholePageText(document: Document): string {
  try {
    const body = document.body;
    if (!body) return '';
    for (const el of Array.from(body.querySelectorAll(FALLBACK_DROP))) el.remove();
    return htmlToText(body);
  } catch {
    return '';
  }
}

/**
 * Extracts the article from an HTML page.
 * @param html the page source
 * @param url where the page came from; resolves a relative canonical link and is the fallback `url`
 * @returns article text (paragraphs separated by blank lines) and whatever metadata the page carries
 */
export function extractArticle(html: string, url?: string): ExtractedArticle {
  let document: Document;
  try {
    document = parseHTML(normaliseHtml(html)).document as unknown as Document;
  } catch {
    return { text: '', ...(url ? { url } : {}) };
  }
  let meta: PageMetadata = {};
  try {
    meta = readMetadata(document, url); // before Readability, which rewrites the DOM
  } catch {
    meta = url ? { url } : {};
  }
  const found = runReadability(document);
  let text = found.text;
  if (text.trim() === '') {
    // Readability gave up or removed everything: read the page again, minus the obvious chrome.
    try {
      text = wholePageText(parseHTML(normaliseHtml(html)).document as unknown as Document);
    } catch {
      text = '';
    }
  }
  // The page's own metadata wins; Readability's guesses fill the gaps.
  if (!meta.title && found.title) meta.title = found.title;
  if (!meta.byline && found.byline) meta.byline = found.byline;
  if (!meta.outlet && found.outlet) meta.outlet = found.outlet;
  if (!meta.published && found.published) {
    const iso = toIsoDate(found.published);
    if (iso) meta.published = iso;
  }
  return { ...meta, text };
}
