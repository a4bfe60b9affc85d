/**
 * @module
 * `entity` changes where two names trade places around the same words: "from Kirkby to Eastport"
 * -> "from Eastport to Kirkby", "Harlow beat Eastport" -> "Eastport beat Harlow". Each name is still
 * there, so no other detector sees it, but who did what to whom, or which way, is reversed.
 */
import type { Token } from '../text/types.js';
import type { Change } from '../types.js';
import { change, tokenSpan, tokenText, type Pair, type Side } from './pair.js';

/** Most tokens between the two names. */
const MAX_GAP = 4;
/** Words between two names that make them a list, whose order says nothing ("Kirkby and Eastport"). */
const LIST_JOINS = new Set(['and', 'or', ',', '&', 'vs', 'versus', 'v', 'with', '/', 'between']);

/** Words between two places that give a direction ("from Kirkby to Eastport"). */
const DIRECTIONS = new Set(['to', 'into', 'towards', 'toward']);

/** Two names with the words between them. */
interface Around { x: number; y: number; between: string }

/**
 * Finds names the two sides give the other way round.
 * @param p the pair
 */
export function detectSwaps(p: Pair): Change[] {
  // a sentence's first word is a name when either side also writes it capitalised inside a sentence
  const names = new Set<string>();
  for (const side of [p.a, p.b]) side.tokens.forEach((u, i) => { if (isCapWord(u) && !side.initial[i]) names.add(u.norm); });
  const inB = new Map<string, Around>();
  for (const s of namePairs(p.b, names)) inB.set(`${p.b.tokens[s.y]!.norm}|${s.between}|${p.b.tokens[s.x]!.norm}`, s);
  const out: Change[] = [];
  for (const s of namePairs(p.a, names)) {
    // b has the same words between the same two names, the other way round
    const t = inB.get(`${p.a.tokens[s.x]!.norm}|${s.between}|${p.a.tokens[s.y]!.norm}`);
    if (!t) continue;
    out.push(change('entity', tokenSpan(p.a, s.x, s.y + 1), tokenSpan(p.b, t.x, t.y + 1),
      `names swapped: "${tokenText(p.a, s.x, s.y + 1)}" → "${tokenText(p.b, t.x, t.y + 1)}"`, 'major'));
  }
  return out;
}

/** Pairs of different names joined by a few words that are no list. */
function namePairs(side: Side, names: ReadonlySet<string>): Around[] {
  const out: Around[] = [];
  const t = side.tokens;
  const isName = (i: number) => isCapWord(t[i]!) && names.has(t[i]!.norm);
  for (let x = 0; x < t.length; x++) {
    if (!isName(x)) continue;
    for (let y = x + 2; y < t.length && y <= x + MAX_GAP + 1; y++) {
      if (!isName(y)) continue;
      const gap = t.slice(x + 1, y);
      // the words between must say who did what to whom ("beat") or which way ("to"): adjuncts that only
      // sit side by side ("on Sunday on Twitter" / "on Twitter on Sunday") may come in any order
      const relates = gap.some((u) => isWord(u) && !u.stop) || (gap.length === 1 && DIRECTIONS.has(gap[0]!.norm));
      if (t[y]!.norm !== t[x]!.norm && relates && gap.every((u) => !u.cap && !LIST_JOINS.has(u.norm))) {
        out.push({ x, y, between: gap.map((u) => u.norm).join(' ') });
      }
      break;
    }
  }
  return out;
}

function isCapWord(u: Token): boolean {
  return u.kind === 'word' && u.cap && !u.stop;
}

function isWord(u: Token): boolean {
  return u.kind === 'word';
}
