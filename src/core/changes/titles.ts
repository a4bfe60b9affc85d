/**
 * @module
 * `entity` changes in what a person is called before their name. Titles are otherwise the same
 * person ("Mr Putin" / "President Putin", entities.ts), but two kinds of change say something else:
 * - an honorific of another gender ("Ms Clark" -> "Mr Clark"): misgendered, or someone else;
 * - a role qualifier added or dropped ("Deputy Mayor Karen Holt" -> "Mayor Karen Holt", "former
 *   President" -> "President"): the person is given a post they do not hold.
 */
import type { Change } from '../types.js';
import { TITLES } from './lexical.js';
import { change, tokenSpan, tokenText, type Pair, type Side } from './pair.js';

/** Honorifics that say a gender. */
const GENDERED: ReadonlyMap<string, 'm' | 'f'> = new Map([['mr', 'm'], ['sir', 'm'], ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['madam', 'f'], ['dame', 'f']]);
/** Words that qualify a role before a name: whether the person holds it, and fully. */
const ROLE_QUALIFIERS = new Set(['former', 'ex', 'late', 'deputy', 'vice', 'acting', 'interim', 'assistant', 'outgoing', 'incoming', 'shadow']);
/** Tokens before a name looked through for its title. */
const TITLE_REACH = 5;

/** What stands before a name: the title run's first token, the name's last token, a gender, role qualifiers. */
interface Title { t0: number; name: number; gender: 'm' | 'f' | undefined; roles: string }

/**
 * Compares what the two sides call the people whose names they share.
 * @param p the pair
 */
export function detectTitles(p: Pair): Change[] {
  const inB = new Map<number, Title>();
  for (const h of titles(p.b)) inB.set(h.name, h);
  const out: Change[] = [];
  for (const x of titles(p.a)) {
    const y = inB.get(p.diff.aToB[x.name]!);
    if (!y || p.a.tokens[x.name]!.norm !== p.b.tokens[y.name]!.norm) continue;
    const [ta, tb] = [tokenText(p.a, x.t0, x.name + 1), tokenText(p.b, y.t0, y.name + 1)];
    const [sa, sb] = [tokenSpan(p.a, x.t0, x.name + 1), tokenSpan(p.b, y.t0, y.name + 1)];
    if (x.roles !== y.roles) out.push(change('entity', sa, sb, `role changed: "${ta}" → "${tb}"`, 'major'));
    else if (x.gender && y.gender && x.gender !== y.gender) out.push(change('entity', sa, sb, `honorific changed: "${ta}" → "${tb}"`, 'minor'));
  }
  return out;
}

/** The titled names of a side: a name's last word with what stands before it ("Deputy Mayor Karen Holt"). */
function titles(side: Side): Title[] {
  const out: Title[] = [];
  const t = side.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.kind !== 'word' || !t[i]!.cap || t[i + 1]?.cap || GENDERED.has(t[i]!.norm)) continue;
    let t0 = i;
    let gender: Title['gender'];
    const roles: string[] = [];
    for (let k = i - 1; k >= 0 && k >= i - TITLE_REACH; k--) {
      const u = t[k]!;
      if (u.text === '.' || u.text === '-') continue; // "Mr. Reed", "vice-president"
      // a title's words: capitalised ones ("DFB", "Prime Minister"), or titles and qualifiers in lower case
      // ("the former DFB president"); a function word ("The", "of") ends it
      const titleWord = ROLE_QUALIFIERS.has(u.norm) || TITLES.has(u.norm) || (u.cap && !u.stop);
      if (u.kind !== 'word' || !titleWord || side.sentenceOf[k] !== side.sentenceOf[i]) break;
      gender ??= GENDERED.get(u.norm);
      if (ROLE_QUALIFIERS.has(u.norm)) roles.push(u.norm === 'ex' ? 'former' : u.norm);
      t0 = k;
    }
    if (t0 < i) out.push({ t0, name: i, gender, roles: roles.sort().join(' ') });
  }
  return out;
}
