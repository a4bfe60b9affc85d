/**
 * @module
 * WARC and WARC.gz reader (warcio). Streams the archive record by record and yields one document
 * per HTML response (status 2xx), extracted like any page. Other records (requests, metadata,
 * images) are passed over quietly. A truncated or malformed record is reported with its record
 * number and skipped; an archive cut off mid-record ends there, with what came before kept.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { WARCParser, type WARCRecord } from 'warcio';
import { charsetOf } from '../io/decode.js';
import { pageDocument } from './page.js';
import { skipped, type IngestItem } from './types.js';

/** warcio's record body reader; `limit` is what the record header promised but the file lacked. */
interface LimitReaderLike { limit?: number }

function isHtmlResponse(rec: WARCRecord): boolean {
  if (rec.warcType !== 'response' || !rec.httpHeaders) return false;
  const status = Number(rec.httpHeaders.statusCode);
  const type = rec.httpHeaders.headers.get('content-type') ?? '';
  return status >= 200 && status < 300 && /html/i.test(type);
}

/**
 * Reads a WARC (optionally gzipped; detected from the bytes) as documents and skip reports.
 * @param path the archive
 * @param name how messages name it
 */
export async function* readWarc(path: string, name = path): AsyncGenerator<IngestItem> {
  const size = (await stat(path)).size;
  const parser = new WARCParser(createReadStream(path, { highWaterMark: 1 << 16 }));
  let n = 0;
  const iterator = parser[Symbol.asyncIterator]();
  for (;;) {
    let rec: WARCRecord;
    try {
      const next = await iterator.next();
      if (next.done) break;
      rec = next.value;
    } catch (e) {
      yield skipped(`${name}#${n + 1}`, 'input.invalid', `unreadable WARC record (${(e as Error).message}); rest of the archive skipped`);
      return;
    }
    n++;
    const origin = `${name}#${n}`;
    if (!rec.warcType) { yield skipped(origin, 'input.invalid', 'truncated or malformed WARC record header'); continue; }
    if (!isHtmlResponse(rec)) { await rec.skipFully(); continue; }
    let body: Uint8Array;
    try {
      body = await rec.readFully(true);
    } catch (e) {
      yield skipped(origin, 'input.invalid', `unreadable WARC record body (${(e as Error).message})`);
      continue;
    }
    const missing = (rec as unknown as { _reader?: LimitReaderLike })._reader?.limit ?? 0;
    if (missing > 0) { yield skipped(origin, 'input.invalid', `truncated WARC record (${missing} bytes missing)`); continue; }
    const url = rec.warcTargetURI ?? undefined;
    const charset = charsetOf(rec.httpHeaders?.headers.get('content-type') ?? undefined);
    yield pageDocument(Buffer.from(body.buffer, body.byteOffset, body.byteLength), origin, { id: url ?? origin, ...(url ? { url } : {}), ...(charset ? { charset } : {}) });
  }
  // A gzip member cut off mid-way is dropped silently by the parser: the offset tells.
  if (parser.offset < size && parser.recordLength > 0) {
    yield skipped(`${name}#${n + 1}`, 'input.invalid', `truncated WARC record at byte ${parser.offset} of ${size}`);
  }
}
