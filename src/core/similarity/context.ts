/**
 * @module
 * A similarity context: the tunables, the word weighting and a per-sentence feature cache. With
 * documents, word weights also reflect how many of their sentences use the word (inverse sentence
 * frequency), so that a story's ever-present words ("Russia" in a Russia story) count less when
 * alignment looks for a sentence's counterpart.
 */
import { priorWeight } from '../lexicon/weights.js';
import type { AnalyzedDocument, Sentence } from '../text/types.js';
import { features, type LemmaWeight, type SentenceFeatures } from './features.js';
import { DEFAULT_PARAMS, type SimilarityParams } from './params.js';
import { similarity } from './score.js';
import { FeatureSpace } from './space.js';

/** Tunables, weighting and feature cache shared by all comparisons of one job. */
export interface SimilarityContext {
  readonly params: SimilarityParams;
  /** Weight of a lemma in this context. */
  readonly weight: LemmaWeight;
  /** Features of a sentence, computed on first request and cached (weakly, per sentence object). */
  features(sentence: Sentence): SentenceFeatures;
  /** Similarity in [0, 1] of two sentences, from cached features. */
  similarity(a: Sentence, b: Sentence): number;
}

/** Options of {@link createContext}. */
export interface ContextOptions {
  /** Documents whose sentences give the inverse sentence frequency (usually the two compared). */
  readonly documents?: readonly AnalyzedDocument[];
  /** Overrides of the default tunables. */
  readonly params?: Partial<SimilarityParams>;
}

/**
 * Creates a context for one comparison job.
 * @param options documents for document-level weights, and tunable overrides
 * @returns the context
 * @example
 *   const ctx = createContext({ documents: [docA, docB] });
 *   const fa = docA.sentences.map((s) => ctx.features(s));
 *   const s = ctx.similarity(docA.sentences[0], docB.sentences[3]);
 */
export function createContext(options: ContextOptions = {}): SimilarityContext {
  const params: SimilarityParams = { ...DEFAULT_PARAMS, ...options.params };
  const power = params.weightPower;
  const prior: LemmaWeight = power === 1 ? priorWeight : (lemma) => priorWeight(lemma) ** power;
  const weight = options.documents?.length ? documentWeight(options.documents, prior, params.docMix) : prior;
  const cache = new WeakMap<Sentence, SentenceFeatures>();
  const space = new FeatureSpace();
  const get = (s: Sentence): SentenceFeatures => {
    let f = cache.get(s);
    if (!f) cache.set(s, (f = features(s, weight, params, space)));
    return f;
  };
  return { params, weight, features: get, similarity: (a, b) => similarity(get(a), get(b), params) };
}

let shared: SimilarityContext | undefined;

/**
 * The context with default tunables and prior weights only, shared by callers that give none.
 * @returns the shared default context
 */
export function defaultContext(): SimilarityContext {
  return (shared ??= createContext());
}

/**
 * Prior weight scaled by inverse sentence frequency over the documents' sentences:
 * prior * ((1 - mix) + mix * log((N + 1) / (df + 0.5)) / log(2 (N + 1))).
 */
function documentWeight(docs: readonly AnalyzedDocument[], prior: LemmaWeight, mix: number): LemmaWeight {
  // one entry per lemma: its sentence count, the last sentence that counted it, its weight once asked
  const df = new Map<string, { f: number; last: number; w: number }>();
  let n = 0;
  for (const d of docs) {
    for (const s of d.sentences) {
      n++;
      for (const t of s.tokens) {
        if (t.kind !== 'word' && t.kind !== 'number') continue;
        const e = df.get(t.lemma);
        if (e === undefined) df.set(t.lemma, { f: 1, last: n, w: NaN });
        else if (e.last !== n) { e.f++; e.last = n; }
      }
    }
  }
  const top = Math.log(2 * (n + 1));
  const weigh = (lemma: string, f: number): number => prior(lemma) * (1 - mix + (mix * Math.log((n + 1) / (f + 0.5))) / top);
  const other = new Map<string, number>();
  return (lemma) => {
    const e = df.get(lemma);
    if (e !== undefined) return Number.isNaN(e.w) ? (e.w = weigh(lemma, e.f)) : e.w;
    let w = other.get(lemma);
    if (w === undefined) other.set(lemma, (w = weigh(lemma, 0)));
    return w;
  };
}
