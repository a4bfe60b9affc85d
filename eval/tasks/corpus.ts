/**
 * @module
 * `corpus`: candidate search, verification and lineage at corpus scale. BBC articles serve as
 * sources and distractors; the team's generator (eval/lib/derive-copies.ts) makes one copy of each
 * source (republished, trimmed, reworded and reordered, figures altered, paraphrased, or a few
 * paragraphs lifted into another article). Everything is added in a shuffled order, with
 * publication times on only some documents, and the stored edges are scored: recall of the
 * source-copy links, precision of the derived edges touching a copy, and lineage direction. The
 * energy story chains then check that same-story articles come out related or derived and that
 * different stories are never called derived. A plain MinHash LSH over word 5-grams is scored on
 * the same corpus as the baseline.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fingerprint } from '../../src/core/fingerprint/fingerprint.js';
import { addDocuments } from '../../src/corpus/add.js';
import { findCandidates } from '../../src/corpus/candidates.js';
import { derivedEdges } from '../../src/corpus/clusters.js';
import { resolveCorpusConfig } from '../../src/corpus/config.js';
import { contentHash } from '../../src/ingest/content-id.js';
import type { IngestItem } from '../../src/ingest/types.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { parseCsv } from '../lib/csv.js';
import { COPY_KINDS, deriveCopy, prng, shuffle, type CopyKind } from '../lib/derive-copies.js';
import { metric, type Metric, type Task, type TaskContext } from '../lib/harness.js';
import { MinHashLshBaseline } from '../lib/minhash-baseline.js';
import { fileWithPrefix, readText, sharedPath } from '../lib/paths.js';

/** Sources that get a copy; the other BBC articles are distractors (and hosts of lifted paragraphs). */
const SOURCES = 300;
/**
 * Share of documents that carry a publication time. News nearly always has one (feeds, page
 * metadata, JSONL); the rest rely on compare's direction, scored separately below.
 */
const DATED_SHARE = 0.9;
const SEED = 20240305;
const DERIVED = new Set(['duplicate', 'derived', 'partially-derived']);

interface EvalDoc { id: string; text: string; published?: string }

/** A true link: `to` was made from `from`. */
interface Link { from: string; to: string; kind: CopyKind | 'host' | 'seed' }

function bbcArticles(): EvalDoc[] {
  const root = join(sharedPath('corpora', 'bbc-news'), 'bbc');
  const seen = new Set<string>();
  const out: EvalDoc[] = [];
  for (const cat of readdirSync(root).sort()) {
    const dir = join(root, cat);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) {
      const text = readText(join(dir, f));
      const h = contentHash(text);
      if (seen.has(h)) continue; // the 100 exact-duplicate groups: keep one of each
      seen.add(h);
      out.push({ id: `bbc/${cat}/${f}`, text });
    }
  }
  return out;
}

/** Builds the eval corpus: sources, distractors and copies, with the true links. */
export function buildCorpus(): { docs: EvalDoc[]; links: Link[] } {
  const rand = prng(SEED);
  const bbc = shuffle(bbcArticles(), rand);
  const sources = bbc.slice(0, SOURCES);
  const distractors = bbc.slice(SOURCES);
  const links: Link[] = [];
  const copies: EvalDoc[] = [];
  const base = Date.parse('2005-01-10T08:00:00Z');
  sources.forEach((s, i) => {
    const kind = COPY_KINDS[i % COPY_KINDS.length]!;
    const host = kind === 'lifted' ? distractors[i % distractors.length]! : undefined;
    const copy: EvalDoc = { id: `copy/${kind}/${i}`, text: deriveCopy(s.text, kind, rand, host?.text) };
    const t = base + i * 3_600_000;
    if (rand() < DATED_SHARE) s.published = new Date(t).toISOString();
    if (rand() < DATED_SHARE) copy.published = new Date(t + (1 + Math.floor(rand() * 48)) * 3_600_000).toISOString();
    if (host && rand() < DATED_SHARE && !host.published) host.published = new Date(t - 86_400_000).toISOString();
    copies.push(copy);
    links.push({ from: s.id, to: copy.id, kind });
    if (host) links.push({ from: host.id, to: copy.id, kind: 'host' });
  });
  // The seed pair: a Reuters story and its machine-translated, abridged copy (2.6% shared 5-grams).
  const seeds = sharedPath('seeds');
  const seedSource: EvalDoc = { id: 'seed/004', text: readText(fileWithPrefix(seeds, '004_')) };
  const seedCopy: EvalDoc = { id: 'seed/000', text: readText(fileWithPrefix(seeds, '000_')) };
  links.push({ from: seedSource.id, to: seedCopy.id, kind: 'seed' });
  return { docs: shuffle([...sources, ...distractors, ...copies, seedSource, seedCopy], rand), links };
}

async function* asItems(docs: EvalDoc[]): AsyncGenerator<IngestItem> {
  for (const d of docs) yield { type: 'document', doc: { id: d.id, text: d.text, origin: d.id, ...(d.published ? { published: d.published } : {}) } };
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

async function scoreBbc(ctx: TaskContext, store: Store, file: string): Promise<Metric[]> {
  const { docs, links } = buildCorpus();
  const t0 = performance.now();
  const summary = await addDocuments(store, asItems(docs), { storeSpec: file });
  const seconds = (performance.now() - t0) / 1000;
  const truth = new Map(links.map((l) => [pairKey(l.from, l.to), l]));
  const copies = new Set(links.map((l) => l.to));
  const found = new Map<string, { from: string; to: string; direction: string; basis: string }>();
  const bbcLinked = new Map<string, Set<string>>();
  const copyEdges: { from: string; to: string; relation: string; score: number }[] = [];
  let internal = 0;
  for (const e of await derivedEdges(store)) {
    const k = pairKey(e.from, e.to);
    if (truth.has(k)) found.set(k, e);
    if (copies.has(e.from) || copies.has(e.to)) { copyEdges.push(e); continue; }
    internal++;
    for (const [x, y] of [[e.from, e.to], [e.to, e.from]] as const) bbcLinked.set(x, (bbcLinked.get(x) ?? new Set()).add(y));
  }
  // An edge between documents made from articles that share text with each other (BBC reuses
  // background paragraphs across stories) is true in substance but not labelled: not scored.
  const sourcesOf = new Map<string, string[]>();
  for (const l of links) sourcesOf.set(l.to, [...(sourcesOf.get(l.to) ?? []), l.from]);
  let scored = 0;
  let wrong = 0;
  let unlabelled = 0;
  const originals = (d: string) => sourcesOf.get(d) ?? [d];
  for (const e of copyEdges) {
    if (truth.has(pairKey(e.from, e.to))) { scored++; continue; }
    if (originals(e.from).some((a) => originals(e.to).some((b) => a === b || bbcLinked.get(a)?.has(b)))) { unlabelled++; continue; }
    scored++;
    wrong++;
    if (wrong <= 5) ctx.note(`false derived edge: ${e.from} -> ${e.to} (${e.relation} ${e.score.toFixed(2)})`);
  }
  const direction = (pred: (e: { basis: string }) => boolean) => {
    const xs = [...found].filter(([, e]) => pred(e));
    return { n: xs.length, ok: xs.filter(([k, e]) => e.direction === 'from->to' && e.from === truth.get(k)!.from).length };
  };
  const allDir = direction(() => true);
  const dated = direction((e) => e.basis === 'published');
  const undated = direction((e) => e.basis !== 'published');
  const byKind = new Map<string, [number, number]>();
  for (const l of links) {
    const c = byKind.get(l.kind) ?? [0, 0];
    c[1]++;
    if (found.has(pairKey(l.from, l.to))) c[0]++;
    byKind.set(l.kind, c);
  }
  ctx.note(`recall by copy kind: ${[...byKind].map(([k, [f, n]]) => `${k} ${f}/${n}`).join(', ')}`);
  ctx.note(`${docs.length} documents (${links.length} true links) added in ${seconds.toFixed(1)} s; ${summary.edges} edges (${JSON.stringify(summary.relations)}); not scored: ${internal} derived edges between BBC articles, ${unlabelled} between documents whose originals share text`);
  ctx.note(`lineage: ${dated.ok}/${dated.n} right from publication times; ${undated.ok}/${undated.n} right from compare's direction where a time is missing (compare answers unknown rather than guess when the text carries no evidence, e.g. a reworded copy that keeps every sentence)`);

  // Candidate recall of our fingerprints vs the MinHash-LSH baseline, each over the whole corpus.
  const config = resolveCorpusConfig();
  const documents = (await store.counts()).documents;
  let candidateHits = 0;
  const tc = performance.now();
  for (const l of links) {
    const [from, to] = await Promise.all([store.getDocument(l.from), store.getDocument(l.to)]);
    if (!from || !to) continue;
    const cands = await findCandidates(store, fingerprint(to.text, config.fingerprint), { documents, exclude: to.key }, config.search);
    if (cands.some((c) => c.key === from.key)) candidateHits++;
  }
  const ourQueryMs = (performance.now() - tc) / links.length;
  const baseline = new MinHashLshBaseline();
  const index = new Map<string, number>();
  const baselinePairs = new Set<string>();
  const tb = performance.now();
  docs.forEach((d, i) => {
    index.set(d.id, i);
    for (const j of baseline.add(i, d.text)) baselinePairs.add(pairKey(docs[j]!.id, d.id));
  });
  const baselineMs = (performance.now() - tb) / docs.length;
  const baselineHits = links.filter((l) => baselinePairs.has(pairKey(l.from, l.to))).length;
  ctx.note(`baseline MinHash LSH (b=${baseline.params.bands}, r=${baseline.params.rows}): ${baselinePairs.size} candidate pairs, ${baselineMs.toFixed(2)} ms/doc; ours: ${ourQueryMs.toFixed(2)} ms/query`);
  const seed = found.get(pairKey('seed/004', 'seed/000'));
  return [
    metric('seed pair (translated copy among the corpus) linked 004 -> 000', seed ? (seed.direction === 'from->to' && seed.from === 'seed/004' ? 'yes' : 'no direction') : 'missed', '= yes'),
    metric('source-copy links found (recall)', found.size / links.length, '>= 0.95'),
    metric('derived edges touching a copy that are true (precision)', scored ? (scored - wrong) / scored : 1, '>= 0.98'),
    metric('lineage direction correct', allDir.n ? allDir.ok / allDir.n : 0, '>= 0.95'),
    metric('lineage direction correct, both dated', dated.n ? dated.ok / dated.n : 0),
    metric('lineage direction correct, a date missing', undated.n ? undated.ok / undated.n : 0),
    metric('candidate recall (ours, before verification)', candidateHits / links.length),
    metric('candidate recall (baseline MinHash LSH 5-grams)', baselineHits / links.length),
    metric('ingest incl. verification', docs.length / seconds, undefined, 'docs/s'),
  ];
}

async function scoreStoryChains(ctx: TaskContext, store: Store, file: string): Promise<Metric[]> {
  const dir = sharedPath('corpora', 'news-story-chains-energy');
  const articles = parseCsv(readFileSync(join(dir, 'gedikli-business_energy_news_dataset-2021-06-29-article_texts.csv'), 'utf8')).slice(1);
  const labels = parseCsv(readFileSync(join(dir, 'gedikli-business_energy_news_dataset-2021-06-29.csv'), 'utf8'), ';').slice(1);
  const docs: EvalDoc[] = articles.map(([url, , title, date, text]) => ({ id: url!, text: `${title}\n\n${text}`, published: new Date(`${date!.replace(' ', 'T')}Z`).toISOString() }));
  await addDocuments(store, asItems(docs), { storeSpec: file });
  const relation = new Map<string, string>();
  for await (const e of store.edges(['duplicate', 'derived', 'partially-derived', 'related'])) relation.set(pairKey(e.from, e.to), e.relation);
  let same = 0;
  let sameLinked = 0;
  let differentDerived = 0;
  for (const [a, b, rel] of labels) {
    const r = relation.get(pairKey(a!, b!));
    if (rel === '1') { same++; if (r) sameLinked++; }
    else if (r && DERIVED.has(r)) { differentDerived++; ctx.note(`different stories called ${r}: ${a} / ${b}`); }
  }
  return [
    metric('story chains: same-story pairs related or derived', sameLinked / same),
    metric('story chains: different-story pairs called derived', differentDerived, '= 0'),
  ];
}

/** The corpus task. */
export const task: Task = {
  name: 'corpus',
  description: `BBC sources + ${SOURCES} generated copies + distractors, and the energy story chains: recall, precision, lineage`,
  async run(ctx) {
    const dir = mkdtempSync(join(tmpdir(), 'copytrace-eval-corpus-'));
    try {
      const bbcFile = join(dir, 'bbc.db');
      const bbc = openSqliteStore({ file: bbcFile });
      const chainsFile = join(dir, 'chains.db');
      const chains = openSqliteStore({ file: chainsFile });
      try {
        return [...(await scoreBbc(ctx, bbc, bbcFile)), ...(await scoreStoryChains(ctx, chains, chainsFile))];
      } finally {
        await bbc.close();
        await chains.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
