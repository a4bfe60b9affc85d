/**
 * @module
 * Synthetic news for the corpus benches: ~500-word articles drawn from a Zipf vocabulary of made-up
 * words, with capitalised names, places and figures, and a share of copies of earlier articles made
 * by the eval's copy generator. Deterministic for a seed and streamed, so a million documents never
 * sit in memory at once.
 */
import { COPY_KINDS, deriveCopy, prng } from '../../eval/lib/derive-copies.js';

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou'];
const CODAS = ['', '', 'n', 'r', 's', 'l', 't', 'nd', 'st', 'rk'];
const FUNCTION_WORDS = ['the', 'of', 'and', 'to', 'in', 'a', 'that', 'for', 'on', 'with', 'as', 'was', 'by', 'at', 'from', 'said', 'has', 'it', 'its', 'an', 'be', 'will', 'would', 'after', 'which'];

/** Options of the generator. */
export interface SyntheticOptions {
  seed?: number;
  /** Distinct content words. */
  vocabulary?: number;
  /** Distinct names (people, places, organisations). */
  names?: number;
  /** Share of documents that copy an earlier one. */
  copyShare?: number;
  /** Words per article, about. */
  words?: number;
}

/** One synthetic document; `copyOf` is set for copies. */
export interface SyntheticDoc {
  id: string;
  text: string;
  published: string;
  copyOf?: string;
}

function makeWords(n: number, rand: () => number, syllables: [number, number]): string[] {
  const out = new Set<string>();
  while (out.size < n) {
    const k = syllables[0] + Math.floor(rand() * (syllables[1] - syllables[0] + 1));
    let w = '';
    for (let i = 0; i < k; i++) w += ONSETS[Math.floor(rand() * ONSETS.length)]! + VOWELS[Math.floor(rand() * VOWELS.length)]!;
    out.add(w + CODAS[Math.floor(rand() * CODAS.length)]!);
  }
  return [...out];
}

/** Zipf sampler over `n` ranks (exponent 1), by inverting the harmonic CDF approximately. */
function zipf(n: number, rand: () => number): () => number {
  const hn = Math.log(n) + 0.5772;
  return () => Math.min(n - 1, Math.floor(Math.exp(rand() * hn - 0.5772)));
}

/**
 * Streams `count` synthetic documents.
 * @param count how many
 * @param o vocabulary sizes, copy share, seed
 */
export function* syntheticDocs(count: number, o: SyntheticOptions = {}): Generator<SyntheticDoc> {
  const rand = prng(o.seed ?? 42);
  const vocab = makeWords(o.vocabulary ?? 30_000, rand, [1, 3]);
  const names = makeWords(o.names ?? 5_000, rand, [2, 3]).map((w) => w[0]!.toUpperCase() + w.slice(1));
  const pickWord = zipf(vocab.length, rand);
  const pickName = zipf(names.length, rand);
  const words = o.words ?? 500;
  const copyShare = o.copyShare ?? 0.1;
  const recent: SyntheticDoc[] = [];
  const t0 = Date.parse('2024-01-01T00:00:00Z');
  for (let i = 0; i < count; i++) {
    const published = new Date(t0 + i * 60_000).toISOString();
    if (recent.length > 0 && rand() < copyShare) {
      const src = recent[Math.floor(rand() * recent.length)]!;
      const kind = COPY_KINDS[i % (COPY_KINDS.length - 1)]!; // no 'lifted': it needs a host
      yield { id: `syn-${i}`, text: deriveCopy(src.text, kind, rand), published, copyOf: src.id };
      continue;
    }
    const cast = Array.from({ length: 6 }, () => names[pickName()]!);
    const paras: string[] = [`${cast[0]} ${vocab[pickWord()]} ${vocab[pickWord()]} in ${cast[1]}`];
    let n = 0;
    while (n < words) {
      const sentences: string[] = [];
      for (let s = 0; s < 3; s++) {
        const len = 12 + Math.floor(rand() * 14);
        const ws: string[] = [];
        for (let k = 0; k < len; k++) {
          const r = rand();
          if (r < 0.4) ws.push(FUNCTION_WORDS[Math.floor(rand() * FUNCTION_WORDS.length)]!);
          else if (r < 0.45) ws.push(rand() < 0.8 ? cast[Math.floor(rand() * cast.length)]! : names[pickName()]!);
          else if (r < 0.465) ws.push(String(Math.floor(rand() * (rand() < 0.5 ? 100 : 100_000))));
          else ws.push(vocab[pickWord()]!);
        }
        ws[0] = ws[0]![0]!.toUpperCase() + ws[0]!.slice(1);
        sentences.push(`${ws.join(' ')}.`);
        n += len;
      }
      paras.push(sentences.join(' '));
    }
    const doc: SyntheticDoc = { id: `syn-${i}`, text: paras.join('\n\n'), published };
    recent.push(doc);
    if (recent.length > 200) recent.shift();
    yield doc;
  }
}
