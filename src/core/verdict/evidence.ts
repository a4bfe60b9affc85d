/**
 * @module
 * The measurements a verdict is decided from, gathered in one pass over the alignment and the
 * documents' stats. Kept apart from the decision rules so that eval and tuning scripts can print them.
 */
import type { DocumentAlignment } from '../align/types.js';
import { gatherDirectionEvidence, type DirectionEvidence } from './direction-evidence.js';
import { containment, topicalSimilarity, type DocStats } from './doc-stats.js';
import { measureSkeleton, type Skeleton } from './style.js';

/** Link similarity at which a link starts to count as evidence of derivation (weighted coverage). */
const EVIDENCE_FROM = 0.45;
/** Link similarity at which a link counts fully. */
const EVIDENCE_FULL = 0.85;

/** Per-side measurements. */
export interface SideEvidence {
  /** Share of the side's (non-space) characters inside aligned sentences. */
  coverage: number;
  /** Like coverage, over story text only: page furniture (captions, credits, footers) left out of
   * both counts, so a republished copy with a wire header still covers its source fully. */
  core: number;
  /** Like core (story text only: two pages of one outlet share their furniture word for word), each
   * link counted by how sure it is (similarity ramp EVIDENCE_FROM..EVIDENCE_FULL). */
  weighted: number;
  /** Share of the side's word trigrams (outside page furniture) found in the other side. */
  phrases: number;
  /** Share of the side's aligned characters in verbatim links. */
  verbatim: number;
  /** Non-space characters of the side. */
  chars: number;
  /** Sentence count. */
  sentences: number;
}

/** Everything the verdict rules look at. */
export interface Evidence {
  a: SideEvidence;
  b: SideEvidence;
  /** Document-level content cosine (same story). */
  topical: number;
  /** Mean link similarity weighted by characters (0 without links). */
  meanSimilarity: number;
  /** Number of links. */
  links: number;
  /** Text measurements of which side is the copy (see direction-evidence.ts); computed on first
   * use, since only a derived pair without publication times needs them. */
  readonly direction: DirectionEvidence;
  /** How the copy's sentences map to the source's (style.ts), with a (true) or b as the source;
   * computed on first use, since only a reworded copy's style needs it. */
  skeleton(sourceIsA: boolean): Skeleton;
}

/** Non-space characters of the given sentences that are not page furniture. */
function storyChars(s: DocStats, idx: readonly number[]): number {
  let n = 0;
  for (const i of idx) if (!s.furniture[i]) n += s.sentenceChars[i]!;
  return n;
}

function ratio(x: number, total: number): number {
  return total > 0 ? Math.min(1, x / total) : 0;
}

function ramp(x: number): number {
  return Math.max(0, Math.min(1, (x - EVIDENCE_FROM) / (EVIDENCE_FULL - EVIDENCE_FROM)));
}

/**
 * Measures an alignment.
 * @param sa stats of document a
 * @param sb stats of document b
 * @param alignment the sentence alignment of a and b
 */
export function gatherEvidence(sa: DocStats, sb: DocStats, alignment: DocumentAlignment): Evidence {
  let covA = 0, covB = 0, wA = 0, wB = 0, vA = 0, vB = 0, simSum = 0, simW = 0, coreA = 0, coreB = 0;
  for (const l of alignment.links) {
    const ca = l.a.reduce((n, i) => n + sa.sentenceChars[i]!, 0);
    const cb = l.b.reduce((n, j) => n + sb.sentenceChars[j]!, 0);
    const storyA = storyChars(sa, l.a);
    const storyB = storyChars(sb, l.b);
    coreA += storyA;
    coreB += storyB;
    const r = ramp(l.similarity);
    covA += ca;
    covB += cb;
    wA += storyA * r;
    wB += storyB * r;
    if (l.verbatim) { vA += ca; vB += cb; }
    simSum += (ca + cb) * l.similarity;
    simW += ca + cb;
  }
  const side = (cov: number, w: number, v: number, core: number, s: DocStats, o: DocStats): SideEvidence => ({
    coverage: s.chars ? Math.min(1, cov / s.chars) : 0,
    core: ratio(core, s.storyChars),
    weighted: ratio(w, s.storyChars),
    phrases: containment(s, o),
    verbatim: cov ? v / cov : 0,
    chars: s.chars,
    sentences: s.sentenceChars.length,
  });
  let direction: DirectionEvidence | undefined;
  const skeletons = new Map<boolean, Skeleton>();
  return {
    a: side(covA, wA, vA, coreA, sa, sb),
    b: side(covB, wB, vB, coreB, sb, sa),
    topical: topicalSimilarity(sa, sb),
    meanSimilarity: simW ? simSum / simW : 0,
    links: alignment.links.length,
    get direction() { return (direction ??= gatherDirectionEvidence(sa, sb, alignment)); },
    skeleton(sourceIsA) {
      let k = skeletons.get(sourceIsA);
      if (!k) skeletons.set(sourceIsA, (k = sourceIsA ? measureSkeleton(sa.doc, sb.doc, alignment, true) : measureSkeleton(sb.doc, sa.doc, alignment, false)));
      return k;
    },
  };
}
