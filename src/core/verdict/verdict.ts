/**
 * @module
 * The verdict: relation, direction, score, style and coverage of a compared pair, decided from the
 * evidence (see evidence.ts). Thresholds were tuned on the Clough-Stevenson corpus (derived answers
 * vs answers written independently on the same question) and checked against same-domain news that
 * is not the same story (news-story-chains-energy) and the seed pair.
 */
import type { Direction, Relation, Style } from '../types.js';
import { decideDirection } from './direction.js';
import { decideStyle } from './style.js';
import type { Evidence, SideEvidence } from './evidence.js';

/** How much phrase reuse (word-trigram containment) counts next to aligned coverage in the derivation
 * evidence: a copy keeps phrases even where its sentences were cut and re-joined. */
const PHRASE_WEIGHT = 3;
/** Evidence at which some passages are taken as drawn from the other side (partially-derived); the
 * score is 0.5 here. In Clough, answers written independently on the same question reach 0.36 at
 * most and all but three derived answers (two of them copied from another article) 0.42 or more;
 * energy news on different stories stays below 0.3. */
const PARTIAL_EVIDENCE = 0.387;
/** Evidence needed to call the whole derived. */
const DERIVED_EVIDENCE = 0.7;
/** ... together with this much of the derived side inside aligned passages ("most of one"). */
const DERIVED_COVERAGE = 0.5;
/** Steepness of the evidence-to-score curve (logistic, centred on PARTIAL_EVIDENCE). */
const SCORE_SLOPE = 8;
/** Duplicate: both sides at least this covered ... */
const DUPLICATE_COVERAGE = 0.9;
/** ... and at least this share of each side's trigrams found in the other (same text, light edits). */
const DUPLICATE_PHRASES = 0.75;
/** Topical (document-level content) cosine from which two texts are about the same story. Independent
 * answers to one question: 85% >= 0.24, answers vs other questions' sources: 99% < 0.2; energy news
 * on the same story: 97% >= 0.24, on different stories: 99% < 0.23. */
const RELATED_TOPICAL = 0.24;
/** With at least one sentence link, a lower topical similarity suffices for `related`. */
const RELATED_TOPICAL_LINKED = 0.18;

/** The verdict part of a compare result. */
export interface Verdict {
  relation: Relation;
  direction: Direction;
  score: number;
  style: Style;
  coverage: { a: number; b: number };
}

/** What the verdict is decided from, besides the evidence. */
export interface VerdictInput {
  evidence: Evidence;
  publishedA?: string | undefined;
  publishedB?: string | undefined;
}

/**
 * Derivation evidence of one side read as the copy: its aligned share, each link weighted by how
 * sure it is, plus its reused phrasing.
 * @param side the side taken as derived
 */
export function sideEvidence(side: SideEvidence): number {
  return side.weighted + PHRASE_WEIGHT * side.phrases;
}

/**
 * Decides the verdict.
 * @param input evidence and publication times
 */
export function decideVerdict(input: VerdictInput): Verdict {
  const ev = input.evidence;
  const e = Math.max(sideEvidence(ev.a), sideEvidence(ev.b));
  const score = round(1 / (1 + Math.exp(-SCORE_SLOPE * (e - PARTIAL_EVIDENCE))));
  const coverage = { a: round(ev.a.coverage), b: round(ev.b.coverage) };
  const relation = decideRelation(ev, e);
  const derived = relation === 'duplicate' || relation === 'derived' || relation === 'partially-derived';
  if (!derived) return { relation, direction: 'unknown', score, style: 'none', coverage };
  const direction = decideDirection(input);
  return { relation, direction, score, style: decideStyle(ev, direction), coverage };
}

function decideRelation(ev: Evidence, e: number): Relation {
  const { a, b } = ev;
  if (a.core >= DUPLICATE_COVERAGE && b.core >= DUPLICATE_COVERAGE &&
      a.phrases >= DUPLICATE_PHRASES && b.phrases >= DUPLICATE_PHRASES) return 'duplicate';
  if (e >= DERIVED_EVIDENCE && Math.max(a.core, b.core) >= DERIVED_COVERAGE) return 'derived';
  if (e >= PARTIAL_EVIDENCE) return 'partially-derived';
  if (ev.topical >= RELATED_TOPICAL || (ev.links > 0 && ev.topical >= RELATED_TOPICAL_LINKED)) return 'related';
  return 'unrelated';
}

/** Rounds to 4 decimals: enough for any reader, stable in JSON. */
function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
