/**
 * @module
 * Who a role stands for: a copy often names a speaker by role where the source names the person
 * ("the judge" for "Judge Helena Marques", "the lawyer" for "his lawyer, Sofia Prado"), and a
 * translated copy can hand a quote to the wrong role ("...his innocence," declared the judge, where
 * the source had the lawyer say it). A document's own text ties roles to names: a title before a
 * name, or a role set off by a comma before or after one. Those ties let a quote's speaker be
 * compared when one side gives a name and the other a role.
 */
import type { AnalyzedDocument, Token } from '../text/types.js';
import { isContent, nameKey, PRONOUNS, TITLES } from './lexical.js';

/** Words a role noun phrase may start with ("the judge", "his lawyer", "a spokeswoman"). */
const ROLE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);
/** Longest name (words) taken after or before a role. */
const MAX_NAME = 4;

const rolesCache = new WeakMap<AnalyzedDocument, Map<string, Set<string>>>();

/**
 * The role word of a speaker phrase that names no one ("the judge" -> judge, "his lawyer" -> lawyer),
 * or undefined when the phrase holds a name, a pronoun or more than a determiner and one noun.
 * @param tokens the speaker phrase's tokens
 */
export function roleOf(tokens: readonly Token[]): string | undefined {
  const words = tokens.filter((t) => t.kind === 'word');
  if (words.some((t) => t.cap && !t.stop && !TITLES.has(t.norm)) || words.some((t) => PRONOUNS.has(t.norm))) return undefined;
  const rest = words[0] && ROLE_DETERMINERS.has(words[0].norm) ? words.slice(1) : words;
  return rest.length === 1 && (isContent(rest[0]!) || TITLES.has(rest[0]!.norm)) ? rest[0]!.lemma : undefined;
}

/**
 * The name keys a document ties to a role: "Judge Helena Marques" (title before a name), "his lawyer,
 * Sofia Prado" (role, comma, name) and "Sofia Prado, his lawyer" (name, comma, role). Empty when the
 * document never says who holds the role.
 * @param doc the document
 * @param role a role lemma from {@link roleOf}
 */
export function namesForRole(doc: AnalyzedDocument, role: string): ReadonlySet<string> {
  let roles = rolesCache.get(doc);
  if (!roles) rolesCache.set(doc, (roles = new Map()));
  let names = roles.get(role);
  if (!names) roles.set(role, (names = collect(doc, role)));
  return names;
}

/**
 * Name keys set off by a comma right after a speaker phrase ("said the Kurstadt director, Sylvie
 * Thormann") or right before it, from the start of its clause ("Sylvie Thormann, the Kurstadt
 * director, said"). A translation folds the apposition into the phrase ("spa director Sylvie
 * Thormann"), so these names are the speaker's too.
 * @param tokens the side's tokens
 * @param t0 start of the speaker phrase
 * @param t1 its end (exclusive)
 */
export function appositiveNames(tokens: readonly Token[], t0: number, t1: number): string[] {
  const out = tokens[t1]?.norm === ',' ? namesFrom(tokens, t1 + 1) : [];
  if (tokens[t0 - 1]?.norm === ',') {
    const before = namesBefore(tokens, t0 - 1);
    // the names must open their clause: "In Berlin, the director said" names no one
    if (before.opensClause) out.push(...before.keys);
  }
  return out;
}

/** Name keys of the run of name words starting at token k (at most MAX_NAME words). */
function namesFrom(tokens: readonly Token[], k: number): string[] {
  const out: string[] = [];
  for (let i = k; i < tokens.length && i < k + MAX_NAME && isNameWord(tokens[i]!); i++) out.push(nameKey(tokens[i]!));
  return out;
}

/** Name keys of the run of name words right before token `end` (at most MAX_NAME words, nearest
 * first), and whether the run opens its clause (nothing but punctuation or the text's start before it). */
function namesBefore(tokens: readonly Token[], end: number): { keys: string[]; opensClause: boolean } {
  const keys: string[] = [];
  let k = end - 1;
  for (; k >= 0 && k >= end - MAX_NAME && isNameWord(tokens[k]!); k--) keys.push(nameKey(tokens[k]!));
  return { keys, opensClause: keys.length > 0 && (k < 0 || tokens[k]!.kind !== 'word') };
}

function collect(doc: AnalyzedDocument, role: string): Set<string> {
  const out = new Set<string>();
  for (const s of doc.sentences) {
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      if (t[i]!.kind !== 'word' || t[i]!.lemma !== role) continue;
      // after: "Judge Helena Marques", "lawyer Sofia Prado", "his lawyer, Sofia Prado"
      for (const k of namesFrom(t, t[i + 1]?.norm === ',' ? i + 2 : i + 1)) out.add(k);
      // before: "Sofia Prado, his lawyer", names that open their clause ("In Berlin, the judge" names no one)
      let j = i - 1;
      while (j >= 0 && ROLE_DETERMINERS.has(t[j]!.norm)) j--;
      if (j > 0 && t[j]!.norm === ',') {
        const before = namesBefore(t, j);
        if (before.opensClause) for (const k of before.keys) out.add(k);
      }
    }
  }
  return out;
}

function isNameWord(t: Token): boolean {
  return t.kind === 'word' && t.cap && !t.stop && !TITLES.has(t.norm) && !PRONOUNS.has(t.norm);
}
