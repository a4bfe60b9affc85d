/**
 * @module
 * `hedge` changes: how sure or how strong a statement reads. Modality ("will" -> "may", "are
 * likely intended to" -> "may", "are expected to" -> "will"), a hedge dropped so a possibility
 * reads as fact, epistemic nouns ("claim" -> "statement"), a suspect named as if proven guilty
 * ("the suspect" -> "the killer"), a group labelled in loaded words ("protesters" -> "rioters"), what
 * happened to a victim ("injured" -> "died" -> "was murdered") or to an office holder ("resigned" ->
 * "was fired"), how much of a group ("most" -> "some"), and the force of a demand ("demanded" -> "asked"). Tense shifts are in tense.ts.
 */
import type { Token } from '../text/types.js';
import type { Change } from '../types.js';
import { counterpart, counterpartA } from './diff.js';
import { synonymous } from './lexical.js';
import { change, tokenSpan, tokenText, type Pair, type Side } from './pair.js';

/** Certainty of modal words. `would` reads as a firm (reported) future in news copy. */
const MODALS: ReadonlyMap<string, string> = new Map(Object.entries({
  will: 'certain', shall: "certain", "'ll": 'certain', would: 'certain', definitely: 'certain', certainly: 'certain',
  surely: 'certain', undoubtedly: 'certain',
  likely: 'probable', probably: 'probable', expected: 'probable', expect: 'probable', should: 'probable',
  may: 'possible', might: 'possible', could: 'possible', can: 'possible', possibly: 'possible', perhaps: 'possible', maybe: 'possible',
  potentially: 'possible', possible: 'possible', reportedly: 'possible', apparently: 'possible', allegedly: 'possible',
  must: 'necessary',
}));
/** Modal levels whose loss turns a possibility into a plain fact. */
const SOFT_LEVELS = new Set(['probable', 'possible']);
/** Nouns that say how established a statement is. */
const EPISTEMIC_NOUNS: ReadonlyMap<string, string> = new Map(Object.entries({
  claim: 'disputed', allegation: 'disputed', assertion: 'disputed', rumour: 'disputed', rumor: 'disputed', contention: 'disputed',
  statement: 'neutral', remark: 'neutral', comment: 'neutral', announcement: 'neutral', position: 'neutral', view: 'neutral',
  assessment: 'neutral', declaration: 'neutral', opinion: 'neutral',
  fact: 'established', finding: 'established', evidence: 'established', proof: 'established',
}));
/** How a person under suspicion is named: accused ("the suspect") or as if proven ("the killer"). */
const CULPABILITY: ReadonlyMap<string, string> = new Map(Object.entries({
  suspect: 'accused', accused: 'accused', accuse: 'accused', defendant: 'accused',
  killer: 'guilty', murderer: 'guilty', culprit: 'guilty', perpetrator: 'guilty', thief: 'guilty', robber: 'guilty',
  rapist: 'guilty', criminal: 'guilty', fraudster: 'guilty',
}));
/** How a group is labelled: in neutral words, or in loaded ones that judge it ("protesters" -> "rioters"). */
const GROUP_LABELS: ReadonlyMap<string, string> = new Map(Object.entries({
  protester: 'neutral', protestor: 'neutral', demonstrator: 'neutral', activist: 'neutral', militant: 'neutral',
  insurgent: 'neutral', fighter: 'neutral', rebel: 'neutral', migrant: 'neutral', refugee: 'neutral',
  rioter: 'loaded', looter: 'loaded', thug: 'loaded', terrorist: 'loaded', extremist: 'loaded', jihadist: 'loaded',
  invader: 'loaded',
}));
/** What happened to a victim: hurt, killed, or murdered ("three people were injured" -> "died", "died"
 * -> "was murdered"). "Killed" is a death: translations give "died from a gunshot" as "was killed by gunfire". */
const HARM: ReadonlyMap<string, string> = new Map(Object.entries({
  injure: 'injury', wound: 'injury', hurt: 'injury',
  die: 'death', kill: 'death', murder: 'murder', assassinate: 'murder', slaughter: 'murder', massacre: 'murder',
}));
/** How someone left a post: of their own will, or made to ("resigned" -> "was fired"). */
const DEPARTURES: ReadonlyMap<string, string> = new Map(Object.entries({
  resign: 'resigned', quit: 'resigned', retire: 'resigned',
  fire: 'removed', sack: 'removed', dismiss: 'removed', oust: 'removed', depose: 'removed', impeach: 'removed',
}));
/** How much of a group a statement is about ("most residents" -> "some residents"). */
const QUANTIFIERS: ReadonlyMap<string, string> = new Map(Object.entries({
  all: 'all', every: 'all', most: 'most', many: 'many', numerous: 'many', some: 'some', several: 'some', few: 'few',
}));
/** How forcefully something is asked for. */
const DIRECTIVES: ReadonlyMap<string, string> = new Map(Object.entries({
  demand: 'demand', require: 'demand', order: 'demand', insist: 'demand', command: 'demand',
  ask: 'request', request: 'request', call: 'request', urge: 'request', want: 'request', seek: 'request', invite: 'request',
  suggest: 'suggestion', propose: 'suggestion', recommend: 'suggestion',
}));
/** Words that continue a hedge phrase after its cue ("likely intended to"). */
const TAIL = new Set(['intend', 'intended', 'expected', 'set', 'going', 'to', 'be', 'have']);
/** Forms of "be" that make "expected" a hedge ("is expected"), unlike "had expected". */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'as']);
/** Words after which a word is used as a noun ("the claim", "his statement"). */
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its', 'our', "'s", 'any', 'no', 'such']);
/** Auxiliaries that belong to a hedge phrase before its cue ("are likely"). */
const PHRASE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had']);
/** Tokens of slack when pairing a cue with its counterpart. */
const PAIR_SLACK = 2;

interface Cue { i: number; group: CueGroup; level: string }

/** A group of cues: the level of each word (by word form or by lemma), when a word counts as a cue, how
 * a change is named, and which changes are major. */
interface CueGroup {
  name: string;
  label: string;
  levels: ReadonlyMap<string, string>;
  byForm: boolean;
  counts(t: readonly Token[], i: number, level: string): boolean;
  /** Whether a change to this level is major (otherwise minor). */
  grave(level: string): boolean;
}

const always = (): boolean => true;
const never = (): boolean => false;

/** Every group, in the order their changes are listed. No word is a cue of two groups. */
const GROUPS: readonly CueGroup[] = [
  { name: 'modal', label: 'certainty', levels: MODALS, byForm: true, counts: isModalUse, grave: never },
  { name: 'noun', label: 'characterisation', levels: EPISTEMIC_NOUNS, byForm: false, counts: isNounUse, grave: never },
  { name: 'directive', label: 'force of request', levels: DIRECTIVES, byForm: false, grave: never,
    counts: (t, i) => !isNounUse(t, i) && !(t[i]!.lemma === 'call' && t[i + 1]?.norm !== 'for' && t[i + 1]?.norm !== 'on') },
  // "suspect" and "accused" are verbs or adjectives too ("police suspect that"): only after a determiner
  { name: 'culpability', label: 'guilt', levels: CULPABILITY, byForm: false,
    counts: (t, i, level) => level === 'guilty' || isNounUse(t, i), grave: (level) => level === 'guilty' },
  { name: 'label', label: 'label', levels: GROUP_LABELS, byForm: false, counts: always, grave: (level) => level === 'loaded' },
  // what happened to a person: every change is major
  { name: 'harm', label: 'harm', levels: HARM, byForm: false, counts: always, grave: always },
  { name: 'departure', label: 'departure', levels: DEPARTURES, byForm: false, counts: (t, i) => !isNounUse(t, i), grave: always },
  { name: 'quantity', label: 'quantity', levels: QUANTIFIERS, byForm: true, counts: isQuantifierUse, grave: never },
];
const MODAL_GROUP = GROUPS[0]!;

/**
 * Compares certainty and force in a linked pair.
 * @param p the pair
 */
export function detectHedges(p: Pair): Change[] {
  const ca = cues(p.a);
  const cb = cues(p.b);
  const out: Change[] = [];
  for (const group of GROUPS) {
    const ga = ca.filter((c) => c.group === group);
    const gb = cb.filter((c) => c.group === group);
    if (ga.length === 0 && gb.length === 0) continue;
    const restB = [...gb];
    const restA: Cue[] = [];
    for (const x of ga) {
      const lemma = p.a.tokens[x.i]!.lemma;
      const k = restB.findIndex((y) => p.b.tokens[y.i]!.lemma === lemma || (y.level === x.level && near(p, x, y)));
      if (k >= 0) restB.splice(k, 1);
      else restA.push(x);
    }
    const droppedA: Cue[] = [];
    for (const x of restA) {
      let k = restB.findIndex((y) => near(p, x, y));
      if (k < 0 && restA.length === 1 && restB.length === 1) k = 0;
      if (k < 0) { droppedA.push(x); continue; }
      const y = restB.splice(k, 1)[0]!;
      if (y.level === x.level || synonymous(p.a.tokens[x.i]!.lemma, p.b.tokens[y.i]!.lemma)) continue;
      const a = phrase(p, p.a, x.i, true);
      const b = phrase(p, p.b, y.i, false);
      out.push(change('hedge', tokenSpan(p.a, a.t0, a.t1), tokenSpan(p.b, b.t0, b.t1),
        `${group.label} changed: "${tokenText(p.a, a.t0, a.t1)}" → "${tokenText(p.b, b.t0, b.t1)}" (${x.level} → ${y.level})`,
        group.grave(y.level) ? 'major' : 'minor'));
    }
    if (group !== MODAL_GROUP) continue;
    for (const x of droppedA.filter((c) => SOFT_LEVELS.has(c.level))) {
      const a = phrase(p, p.a, x.i, true);
      const { b0, b1 } = counterpart(p.diff, a.t0, a.t1);
      out.push(change('hedge', tokenSpan(p.a, a.t0, a.t1), tokenSpan(p.b, b0, b1),
        `hedge dropped: "${tokenText(p.a, a.t0, a.t1)}" (now stated as fact)`, 'minor'));
    }
    for (const y of restB.filter((c) => SOFT_LEVELS.has(c.level))) {
      const b = phrase(p, p.b, y.i, false);
      const { a0, a1 } = counterpartA(p.diff, b.t0, b.t1);
      out.push(change('hedge', tokenSpan(p.a, a0, a1), tokenSpan(p.b, b.t0, b.t1), `hedge added: "${tokenText(p.b, b.t0, b.t1)}"`, 'minor'));
    }
  }
  return out;
}

function near(p: Pair, x: Cue, y: Cue): boolean {
  const { b0, b1 } = counterpart(p.diff, x.i, x.i + 1);
  return y.i >= b0 - PAIR_SLACK && y.i < b1 + PAIR_SLACK;
}

/** The cues of a side: each word with the level its group gives it, where it counts as one. */
function cues(side: Side): Cue[] {
  const out: Cue[] = [];
  const t = side.tokens;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    if (tok.kind !== 'word') continue;
    for (const group of GROUPS) {
      const level = group.levels.get(group.byForm ? tok.norm : tok.lemma);
      if (level && group.counts(t, i, level)) { out.push({ i, group, level }); break; }
    }
  }
  return out;
}

/** "may" the month and "expected" as a plain past verb are not hedges; "expected to"/"is expected" are. */
function isModalUse(t: readonly Token[], i: number): boolean {
  const tok = t[i]!;
  if (tok.norm === 'may' && tok.cap && i > 0) return false;
  if (tok.norm === 'expected' || tok.norm === 'expect') return t[i + 1]?.norm === 'to' || BE_FORMS.has(t[i - 1]?.norm ?? '');
  if (tok.norm === 'possible') return t[i - 1]?.norm === 'a' || t[i - 1]?.norm === 'is' || t[i - 1]?.norm === 'it';
  return true;
}

/**
 * A quantifier of a group: opening a noun phrase ("most residents", "some of the staff"), not an
 * approximation ("some 90 firefighters"), a superlative ("the most important") or "a few" (some).
 */
function isQuantifierUse(t: readonly Token[], i: number): boolean {
  const next = t[i + 1];
  if (NOT_QUANTIFYING_AFTER.has(t[i - 1]?.norm ?? '') || !next || next.kind !== 'word') return false;
  if (next.norm === 'of') return t[i + 2]?.norm !== 'all'; // "most of all"
  return !next.stop;
}

/** Words after which a quantifier is part of an idiom or a superlative: "the most", "a few", "above all",
 * "at all", "after all", "in all". */
const NOT_QUANTIFYING_AFTER = new Set(['the', 'a', 'at', 'above', 'after', 'in', 'of', 'for']);

/** A word used as a noun: after a determiner, a possessive or an adjective-like word. */
function isNounUse(t: readonly Token[], i: number): boolean {
  const prev = t[i - 1];
  if (!prev) return false;
  return NOUN_BEFORE.has(prev.norm);
}

/** A cue widened to its phrase: auxiliaries before ("are likely"), unmatched tail words after ("intended to"). */
function phrase(p: Pair, side: Side, i: number, isA: boolean): { t0: number; t1: number } {
  const t = side.tokens;
  const matched = isA ? p.diff.aToB : p.diff.bToA;
  let t0 = i;
  while (t0 > 0 && PHRASE_AUX.has(t[t0 - 1]!.norm) && matched[t0 - 1]! < 0) t0--;
  let t1 = i + 1;
  while (t1 < t.length && t1 - i <= 3 && (TAIL.has(t[t1]!.norm) || TAIL.has(t[t1]!.lemma)) && matched[t1]! < 0) t1++;
  return { t0, t1 };
}
