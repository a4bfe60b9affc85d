/**
 * @module
 * Per-token normalisation for matching. Tokens keep their offsets into the text as read, so
 * everything here maps a token's surface to a comparable form and never touches the text itself.
 */

/** Quote-like and dash-like characters folded to their ASCII forms. */
const CHAR_FOLDS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u0060': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u202F': ' ', '\u2009': ' ', '\u00AD': '',
};
const FOLD_RE = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u201C-\u201F\u00AB\u00BB\u2033\u2010-\u2015\u2212\u00A0\u202F\u2009\u00AD]/g;

/** Unicode compatibility form, straight quotes and dashes, no soft hyphens. Same length not guaranteed. */
export function foldChars(s: string): string {
  const n = s.normalize('NFKC');
  return n.replace(FOLD_RE, (c) => CHAR_FOLDS[c] ?? c);
}

/** Remove diacritics (Türkiye -> Turkiye) for name comparison. */
export function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '');
}

/**
 * Single-token variants that name the same thing. Keys are folded lower case; upper-case-only
 * forms (US, UN) are handled in `canonicalWord` so that the pronoun "us" stays a pronoun.
 */
const WORD_VARIANTS: Record<string, string> = {
  'u.s.': 'usa', 'u.s.a.': 'usa', 'usa': 'usa', 'america': 'usa', 'american': 'american',
  'u.k.': 'uk', 'britain': 'uk', 'uk': 'uk',
  'u.n.': 'un', 'e.u.': 'eu',
  'nato': 'nato', 'türkiye': 'turkey', 'turkiye': 'turkey',
  'kiev': 'kyiv', 'per cent': 'percent', 'pct': 'percent', '%': 'percent',
  'jan': 'january', 'feb': 'february', 'mar': 'march', 'apr': 'april', 'jun': 'june', 'jul': 'july',
  'aug': 'august', 'sep': 'september', 'sept': 'september', 'oct': 'october', 'nov': 'november',
  'dec': 'december', 'mon': 'monday', 'tue': 'tuesday', 'tues': 'tuesday', 'wed': 'wednesday',
  'thu': 'thursday', 'thur': 'thursday', 'thurs': 'thursday', 'fri': 'friday', 'sat': 'saturday', 'sun': 'sunday',
  'mr.': 'mr', 'mrs.': 'mrs', 'ms.': 'ms', 'dr.': 'dr', 'gen.': 'general', 'gen': 'general',
  'gov.': 'governor', 'sen.': 'senator', 'rep.': 'representative', 'pres.': 'president', 'prof.': 'professor',
  'govt': 'government', 'dept': 'department', 'intl': 'international',
};

/** Upper-case abbreviations that collide with ordinary lower-case words. */
const UPPER_VARIANTS: Record<string, string> = { US: 'usa', UN: 'un', EU: 'eu', UK: 'uk', IT: 'it' };

/** Multi-word names folded into one token (first word -> rest -> canonical). */
export const PHRASE_VARIANTS: ReadonlyArray<readonly [readonly string[], string]> = [
  [['united', 'states', 'of', 'america'], 'usa'],
  [['united', 'states'], 'usa'],
  [['united', 'kingdom'], 'uk'],
  [['great', 'britain'], 'uk'],
  [['united', 'nations'], 'un'],
  [['european', 'union'], 'eu'],
  [['per', 'cent'], 'percent'],
  [['north', 'atlantic', 'treaty', 'organization'], 'nato'],
  [['north', 'atlantic', 'treaty', 'organisation'], 'nato'],
];

/**
 * The matching form of a word token: folded, lower case, with known variants made canonical.
 * @param surface the token as it appears in the text
 */
export function canonicalWord(surface: string): string {
  const upper = UPPER_VARIANTS[surface];
  if (upper) return upper;
  const folded = foldChars(surface).toLowerCase();
  return WORD_VARIANTS[folded] ?? folded;
}

/** British stems whose American spelling drops the u (colour -> color). */
const OUR_STEMS = new Set(['colour', 'favour', 'behaviour', 'honour', 'labour', 'neighbour', 'harbour', 'rumour', 'humour',
  'flavour', 'vapour', 'armour', 'endeavour', 'savour', 'valour', 'vigour', 'odour', 'tumour', 'parlour', 'saviour']);
/** British -tre/-ence words with an American -ter/-ense form. */
const WHOLE_WORDS: Record<string, string> = {
  centre: 'center', centres: 'centers', metre: 'meter', metres: 'meters', theatre: 'theater', litre: 'liter',
  litres: 'liters', fibre: 'fiber', defence: 'defense', offence: 'offense', licence: 'license', programme: 'program',
  programmes: 'programs', catalogue: 'catalog', dialogue: 'dialog', analogue: 'analog', grey: 'gray', tyre: 'tire',
  tyres: 'tires', cheque: 'check', kerb: 'curb', aluminium: 'aluminum', jewellery: 'jewelry', manoeuvre: 'maneuver',
};
/** Verbs whose British inflections double the l (travelled, cancelling). */
const DOUBLE_L = /^(travel|cancel|label|model|level|fuel|signal|channel|counsel|total|equal|dial|marshal|rival)l(ed|ing|er|ers)$/;
/** -ise words that are not the -ize suffix (otherwise, enterprise, ...). */
const ISE_KEEP = /(?:wise|rise|prise|raise|noise|poise|praise|promise|exercise|advise|revise|supervise|televise|compromise|franchise|premise|expertise|merchandise|concise|precise|despise|devise|disguise|demise|cruise|bruise|treatise|paradise|comprise|surmise|improvise|incise|excise|chastise)(?:s|d|ing)?$/;

/**
 * One spelling for words that British and American copy spell differently, so that a re-edited
 * or translated-and-back copy still matches the source. Explicit lists: a wrong fold would only
 * cost a dictionary lookup, but a narrow one costs nothing.
 */
export function americanSpelling(word: string): string {
  const whole = WHOLE_WORDS[word];
  if (whole) return whole;
  const our = /^([a-z]+our)(s|ed|ing|able|ite|ites)?$/.exec(word);
  if (our && OUR_STEMS.has(our[1]!)) return our[1]!.slice(0, -2) + 'r' + (our[2] ?? '');
  const dl = DOUBLE_L.exec(word);
  if (dl) return dl[1]! + dl[2]!;
  if (word.length > 6 && /is(e|es|ed|ing|ation|ations)$/.test(word) && !ISE_KEEP.test(word)) {
    return word.replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1');
  }
  return word;
}
