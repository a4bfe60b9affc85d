/**
 * @module
 * RSS and Atom reader (rss-parser). Each item becomes a document: its full content when the feed
 * carries it (`content:encoded`, Atom `content`), else the linked page, fetched under the SSRF
 * guard and extracted, when the item holds only a summary. A feed is small, so it is parsed whole.
 */
import Parser from 'rss-parser';
import { isCopytraceError } from '../errors.js';
import { charsetOf } from '../io/decode.js';
import { guardedFetch } from '../io/fetch.js';
import { toIsoDate } from '../io/html-meta.js';
import { contentId } from './content-id.js';
import { htmlDocument, pageDocument, type PageHints } from './page.js';
import { skipped, type IngestItem, type IngestOptions } from './types.js';

/** Item content shorter than this (characters of text) is a summary, and the linked page is read instead. */
export const DEFAULT_SUMMARY_CHARS = 600;

type FeedItem = Parser.Item & { 'content:encoded'?: string; id?: string; summary?: string };

/** True when the start of a text looks like an RSS or Atom document. */
export function looksLikeFeed(head: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head.slice(0, 4096));
}

function resolveLink(link: string | undefined, base: string | undefined): string | undefined {
  if (!link) return undefined;
  try { return new URL(link, base).href; } catch { return undefined; }
}

/**
 * Reads the items of a feed.
 * @param xml the feed's text
 * @param name the feed's file or URL, for origins and messages
 * @param options fetch rules for linked pages
 * @param feedUrl the URL the feed came from (resolves relative item links)
 */
export async function* readFeed(xml: string, name: string, options: IngestOptions = {}, feedUrl?: string): AsyncGenerator<IngestItem> {
  let feed: Parser.Output<FeedItem>;
  try {
    feed = await new Parser<Record<string, unknown>, FeedItem>().parseString(xml);
  } catch (e) {
    yield skipped(name, 'input.invalid', `not a readable RSS or Atom feed (${(e as Error).message})`);
    return;
  }
  const summaryChars = options.summaryChars ?? DEFAULT_SUMMARY_CHARS;
  let i = 0;
  for (const item of feed.items) {
    const origin = `${name} item ${++i}`;
    const link = resolveLink(item.link, feedUrl);
    const hints: PageHints = { id: item.guid ?? item.id ?? link ?? '' };
    if (link) hints.url = link;
    if (item.title) hints.title = item.title;
    const published = toIsoDate(item.isoDate ?? item.pubDate);
    if (published) hints.published = published;
    if (feed.title) hints.source = feed.title;
    const html = item['content:encoded'] ?? item.content ?? item.summary ?? '';
    const own = html.trim() ? htmlDocument(html, origin, hints) : undefined;
    const ownText = own?.type === 'document' ? own.doc.text : '';
    if (ownText.length >= summaryChars || !link || options.fetchLinked === false) {
      if (!own) { yield skipped(origin, 'input.empty', 'feed item has no content and no link'); continue; }
      yield withId(own);
      continue;
    }
    try {
      const res = await guardedFetch(link, {
        allowPrivate: options.allowPrivate ?? false,
        ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      });
      const charset = charsetOf(res.contentType);
      const page = pageDocument(res.body, origin, { ...hints, url: res.url, ...(charset ? { charset } : {}) });
      if (page.type === 'document' && page.doc.text.length > ownText.length) { yield withId(page); continue; }
      if (!own) { yield page; continue; }
    } catch (e) {
      if (!isCopytraceError(e)) throw e;
      if (!own) { yield skipped(origin, e.code, `linked page unavailable: ${e.message}`); continue; }
      yield { type: 'warning', origin, message: `linked page unavailable (${e.message}); kept the feed's summary` };
    }
    yield withId(own);
  }
}

/** Gives a document without a guid, id or link an id derived from its text. */
function withId(item: IngestItem): IngestItem {
  if (item.type === 'document' && item.doc.id === '') item.doc.id = contentId(item.doc.text);
  return item;
}
