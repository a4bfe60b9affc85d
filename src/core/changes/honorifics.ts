/**
 * @module
 * `entity` changes of a person's honorific: "Ms Clark" -> "Mr Clark". Titles are otherwise the
 * same person ("Mr Putin" / "President Putin", entities.ts), but one that says another gender
 * before the same name misgenders the person or names someone else.
 */
import type { Change } from '../types.js';
import { change, tokenSpan, tokenText, type Pair, type Side } from './pair.js';

/** Honorifics that say a gender. */
const GENDERED: ReadonlyMap<string, 'm' | 'f'> = new Map([['mr', 'm'], ['sir', 'm'], ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['madam', 'f'], ['dame', 'f']]);

/** An honorific before a name: its token, the name's token, and the gender it says. */
interface Honorific { at: number; name: number; gender: 'm' | 'f' }

/**
 * Compares the honorifics before the names both sides share.
 * @param p the pair
 */
export function detectHonorifics(p: Pair): Change[] {
  const inB = new Map<number, Honorific>();
  for (const h of honorifics(p.b)) inB.set(h.name, h);
  const out: Change[] = [];
  for (const x of honorifics(p.a)) {
    const y = inB.get(p.diff.aToB[x.name]!);
    if (!y || y.gender === x.gender || p.a.tokens[x.name]!.norm !== p.b.tokens[y.name]!.norm) continue;
    out.push(change('entity', tokenSpan(p.a, x.at, x.name + 1), tokenSpan(p.b, y.at, y.name + 1),
      `honorific changed: "${tokenText(p.a, x.at, x.name + 1)}" → "${tokenText(p.b, y.at, y.name + 1)}"`, 'minor'));
  }
  return out;
}

/** The gendered honorifics of a side followed by a capitalised name ("Ms Clark", "Mr. Reed"). */
function honorifics(side: Side): Honorific[] {
  const out: Honorific[] = [];
  const t = side.tokens;
  for (let i = 0; i < t.length; i++) {
    const gender = t[i]!.kind === 'word' ? GENDERED.get(t[i]!.norm) : undefined;
    if (!gender) continue;
    const name = t[i + 1]?.text === '.' ? i + 2 : i + 1;
    if (t[name]?.kind === 'word' && t[name]!.cap) out.push({ at: i, name, gender });
  }
  return out;
}
