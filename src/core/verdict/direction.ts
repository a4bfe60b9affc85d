/**
 * @module
 * Which side was drawn from which. In order of trust:
 * 1. publication times, when both sides have one and they differ: the earlier text is the source;
 * 2. a republication notice on one side only ("originally published by ..."): that side is the copy;
 * 3. coverage asymmetry over story text (page furniture left out): the copy is the side whose story
 *    is more fully inside aligned passages. Copies cut far more than they add, so the side holding
 *    story the other lacks is the source; this is what decides trimmed copies and summaries;
 * 4. an agency credit on one side only ("according to Reuters"): that side rewrote agency copy.
 * Otherwise `unknown`. MT-like garbling would also hint at the copy, but it is weak and costly to
 * measure reliably, so it is deliberately not used.
 */
import type { Direction } from '../types.js';
import { copyCue } from './boilerplate.js';
import type { Evidence } from './evidence.js';

/** Story-coverage difference (copy minus source) needed to call the direction from coverage: a bit
 * more than one sentence of a 400-word article. */
const DIRECTION_MARGIN = 0.03;

/** What the direction is decided from. */
export interface DirectionInput {
  evidence: Evidence;
  textA: string;
  textB: string;
  publishedA?: string | undefined;
  publishedB?: string | undefined;
}

/**
 * Decides the direction of a derivation (call it only when there is one).
 * @param input the evidence, both texts and the optional publication times
 * @returns `a->b` when b is drawn from a, `b->a` for the reverse, `unknown` without evidence
 */
export function decideDirection(input: DirectionInput): Direction {
  const ta = input.publishedA ? Date.parse(input.publishedA) : NaN;
  const tb = input.publishedB ? Date.parse(input.publishedB) : NaN;
  if (Number.isFinite(ta) && Number.isFinite(tb) && ta !== tb) return ta < tb ? 'a->b' : 'b->a';
  const cueA = copyCue(input.textA);
  const cueB = copyCue(input.textB);
  if (cueA === 2 && cueB < 2) return 'b->a';
  if (cueB === 2 && cueA < 2) return 'a->b';
  const diff = input.evidence.b.core - input.evidence.a.core;
  if (diff >= DIRECTION_MARGIN) return 'a->b';
  if (diff <= -DIRECTION_MARGIN) return 'b->a';
  if (cueB > cueA) return 'a->b';
  if (cueA > cueB) return 'b->a';
  return 'unknown';
}
