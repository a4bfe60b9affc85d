/**
 * @module
 * Page metadata for news articles: title, publication time, canonical URL, outlet, author.
 * Publication time matters most: the engine uses it to tell which of two copies came first.
 * Sources, in order: `<meta>` tags (article:published_time and friends), JSON-LD `datePublished`,
 * then a `<time datetime>` element.
 */

/** Metadata read from a page; absent fields were not found. */
export interface PageMetadata {
  title?: string;
  /** ISO-8601 (UTC) publication time. */
  published?: string;
  /** Canonical URL (absolute), else og:url, else the URL the page was fetched from. */
  url?: string;
  /** The outlet's name (og:site_name, JSON-LD publisher). */
  outlet?: string;
  byline?: string;
  lang?: string;
}

/** `<meta>` selectors that carry the publication time, most specific first. */
const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[property="og:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="sailthru.date"]',
];

/** Normalises a date string to ISO-8601 UTC; undefined when it is not a date. */
export function toIsoDate(value: string | null | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  const d = new Date(t);
  const year = d.getUTCFullYear();
  return year >= 1800 && year <= 2200 ? d.toISOString() : undefined;
}

function attr(document: Document, selector: string, name = 'content'): string | undefined {
  try {
    const v = document.querySelector(selector)?.getAttribute(name)?.trim();
    return v ? v : undefined;
  } catch {
    return undefined;
  }
}

/** All JSON-LD objects of the page, flattened (arrays and `@graph` expanded). */
function jsonLdObjects(document: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // malformed JSON-LD is common; ignore it
    }
  }
  return out;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function absolute(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const u = base ? new URL(href, base) : new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads title, publication time, canonical URL, outlet, byline and language from a parsed page.
 * Call it before Readability, which rewrites the document.
 * @param url the page's own URL, to resolve a relative canonical link
 */
export function readMetadata(document: Document, url?: string): PageMetadata {
  const meta: PageMetadata = {};
  const ld = jsonLdObjects(document);
  const ldArticle = ld.find((o) => str(o['datePublished']) || str(o['headline']));

  const title =
    attr(document, 'meta[property="og:title"]') ??
    str(ldArticle?.['headline']) ??
    attr(document, 'meta[name="twitter:title"]') ??
    str(document.querySelector('title')?.textContent) ??
    str(document.querySelector('h1')?.textContent);
  if (title) meta.title = title.replace(/\s+/g, ' ');

  let published: string | undefined;
  for (const sel of PUBLISHED_META) {
    published = toIsoDate(attr(document, sel));
    if (published) break;
  }
  published ??= ld.map((o) => toIsoDate(str(o['datePublished']))).find((d) => d !== undefined);
  published ??=
    toIsoDate(attr(document, 'time[itemprop="datePublished"]', 'datetime')) ??
    toIsoDate(attr(document, 'time[pubdate]', 'datetime')) ??
    toIsoDate(attr(document, 'time[datetime]', 'datetime'));
  if (published) meta.published = published;

  const canonical =
    absolute(attr(document, 'link[rel="canonical"]', 'href'), url) ??
    absolute(attr(document, 'meta[property="og:url"]'), url) ??
    absolute(url, undefined);
  if (canonical) meta.url = canonical;

  const publisher = ld.map((o) => o['publisher']).find((p) => p && typeof p === 'object') as
    | Record<string, unknown>
    | undefined;
  const outlet =
    attr(document, 'meta[property="og:site_name"]') ??
    str(publisher?.['name']) ??
    attr(document, 'meta[name="application-name"]');
  if (outlet) meta.outlet = outlet;

  const author = ldArticle?.['author'];
  const authorName = Array.isArray(author)
    ? author.map((a) => str((a as Record<string, unknown>)?.['name'])).filter(Boolean).join(', ')
    : str((author as Record<string, unknown> | undefined)?.['name']) ?? str(author);
  const byline = attr(document, 'meta[name="author"]') ?? (authorName || undefined);
  if (byline) meta.byline = byline;

  const lang = document.documentElement?.getAttribute('lang')?.trim();
  if (lang) meta.lang = lang;
  return meta;
}
