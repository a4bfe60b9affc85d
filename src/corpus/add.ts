/**
 * @module
 * addDocuments(): streams ingest items into the corpus. New documents are fingerprinted (on the
 * workers) and stored with their fingerprints in batched transactions (each document whole or not
 * at all); then each is linked: its candidates among older documents are verified and its edges
 * written, in a second batched transaction that also marks it linked. A run killed in between
 * leaves documents marked unlinked, and the next run links them first; ids and content hashes make
 * a re-run skip what is stored. At most `window` documents are in flight, so memory stays bounded.
 */
import { fingerprintSets, type DocumentFingerprint } from '../core/fingerprint/fingerprint.js';
import { contentHash } from '../ingest/content-id.js';
import type { IngestDocument, IngestItem } from '../ingest/types.js';
import type { DocumentEdges, NewDocument, Store } from '../store/store.js';
import { resolveCorpusConfig, type CorpusConfig, type CorpusConfigOverrides } from './config.js';
import { createEngine, type EngineOptions } from './engine.js';
import { edgesOf, type LinkSubject } from './linker.js';
import { corpusFingerprintConfig } from './settings.js';
import { emptySummary, type AddProgress, type AddSummary } from './add-summary.js';

export type { AddProgress, AddSummary, SkipReport } from './add-summary.js';

/** Documents (or link results) written per transaction: postings are random writes, and batching amortises them. */
const WRITE_BATCH = 256;

/** Options of `addDocuments`. */
export interface AddOptions extends EngineOptions {
  config?: CorpusConfigOverrides;
  /** Called as the run goes (the CLI throttles its display). */
  onProgress?: (p: Readonly<AddProgress>) => void;
}

/** The stored form of an ingested document (content hash computed here). */
export function toNewDocument(doc: IngestDocument): NewDocument {
  const d: NewDocument = { id: doc.id, text: doc.text, hash: contentHash(doc.text), origin: doc.origin };
  if (doc.title) d.title = doc.title;
  if (doc.url) d.url = doc.url;
  if (doc.source) d.source = doc.source;
  if (doc.published) d.published = doc.published;
  if (doc.lang) d.lang = doc.lang;
  return d;
}

function subjectOf(d: { id: string; text: string; published?: string }, key: number): LinkSubject {
  return { key, id: d.id, text: d.text, ...(d.published ? { published: d.published } : {}) };
}

/**
 * Adds documents to the corpus and links them to what is there.
 * @param store the corpus
 * @param items an ingest stream (src/ingest/read-inputs.ts)
 * @param options config, engine choice and a progress callback
 * @returns counts, skip reports and edges by relation
 */
export async function addDocuments(store: Store, items: AsyncIterable<IngestItem>, options: AddOptions = {}): Promise<AddSummary> {
  const started = Date.now();
  const config: CorpusConfig = resolveCorpusConfig(options.config);
  config.fingerprint = await corpusFingerprintConfig(store, config.fingerprint, options.config?.fingerprint !== undefined);
  const engine = createEngine(store, config, options);
  const s = emptySummary();
  const progress = () => options.onProgress?.(s);
  let documents = (await store.counts()).documents;
  const linking = new Set<Promise<void>>();
  let done: DocumentEdges[] = [];
  let failure: unknown;
  const check = () => { if (failure !== undefined) throw failure; };

  const flushEdges = async () => {
    if (done.length === 0) return;
    const batch = done;
    done = [];
    await store.putEdgeBatch(batch);
    for (const d of batch) for (const e of d.edges) s.relations[e.relation] = (s.relations[e.relation] ?? 0) + 1;
    s.linked += batch.length;
    s.edges += batch.reduce((n, d) => n + d.edges.length, 0);
    progress();
  };
  const link = (d: { id: string; text: string; published?: string }, key: number, fp: DocumentFingerprint): void => {
    const p = engine.link(subjectOf(d, key), fp, documents)
      .then((verified) => {
        done.push({ key, edges: edgesOf(verified) });
        for (const v of verified) {
          if (v.error === undefined) continue;
          s.warnings++;
          if (s.warningMessages.length < s.maxReports) s.warningMessages.push({ origin: d.id, code: 'warning', reason: `not verified against ${v.id}: ${v.error}` });
        }
      })
      .catch((e: unknown) => { failure ??= e; });
    const tracked = p.finally(() => linking.delete(tracked));
    linking.add(tracked);
  };
  /** Waits until at most `limit` links are running, writing finished ones as they come. */
  const drain = async (limit: number) => {
    while (linking.size > limit) await Promise.race(linking);
    check();
    if (done.length >= (limit === 0 ? 1 : WRITE_BATCH)) await flushEdges();
  };

  try {
    // Documents an interrupted run stored but did not link.
    for (let pending; (pending = await store.pendingDocuments(config.window)).length > 0;) {
      const fps = await Promise.all(pending.map((d) => engine.fingerprint(d.text)));
      pending.forEach((d, i) => link(d, d.key, fps[i]!));
      s.relinked += pending.length;
      await drain(0);
    }
    const window: { doc: NewDocument; fp: Promise<DocumentFingerprint> }[] = [];
    /** Stores the oldest documents of the window, once fingerprinted, and starts linking them. */
    const settle = async () => {
      const chunk = window.splice(0, WRITE_BATCH);
      const fps = await Promise.all(chunk.map((c) => c.fp));
      const results = await store.putDocuments(chunk.map((c, i) => ({ doc: c.doc, fingerprints: fingerprintSets(fps[i]!) })));
      await drain(config.window);
      results.forEach((r, i) => {
        if (r.status === 'added') { s.added++; documents++; link(chunk[i]!.doc, r.key, fps[i]!); }
        else if (r.status === 'duplicate') s.duplicates++;
        else s.existing++;
      });
      progress();
    };
    for await (const item of items) {
      if (item.type === 'warning') {
        s.warnings++;
        if (s.warningMessages.length < s.maxReports) s.warningMessages.push({ origin: item.origin, code: 'warning', reason: item.message });
        continue;
      }
      s.read++;
      if (item.type === 'skipped') {
        s.skipped++;
        if (s.skips.length < s.maxReports) s.skips.push({ origin: item.origin, code: item.code, reason: item.reason });
        progress();
        continue;
      }
      const doc = toNewDocument(item.doc);
      const known = await store.probe(doc.id, doc.hash);
      if (known?.status === 'exists') { s.existing++; progress(); continue; }
      if (known?.status === 'duplicate') {
        const r = await store.putDocument(doc, []);
        if (r.status === 'duplicate') s.duplicates++; else s.existing++;
        progress();
        continue;
      }
      const fp = engine.fingerprint(doc.text);
      fp.catch(() => {}); // awaited in order by settle(); no unhandled rejection meanwhile
      window.push({ doc, fp });
      if (window.length >= config.window) await settle();
    }
    while (window.length) await settle();
    await drain(0);
  } finally {
    await Promise.allSettled([...linking]);
    await engine.close();
  }
  s.seconds = (Date.now() - started) / 1000;
  return s;
}
