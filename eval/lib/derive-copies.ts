/**
 * @module
 * The team's own copy generator for the corpus eval: from a source article it makes the kinds of
 * copies a newsroom makes (republished with a wire header, trimmed, reordered and reworded, figures
 * altered, heavily paraphrased, a few paragraphs lifted into another article). Deterministic for a
 * seed, so every eval run scores the same corpus.
 */

/** A small seeded PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle (in place) with the given PRNG. */
export function shuffle<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

/** Word substitutions a rewriting desk (or a translation round trip) makes; both directions are used. */
const SYNONYMS: [string, string][] = [
  ['said', 'stated'], ['says', 'states'], ['told', 'informed'], ['announced', 'revealed'], ['increase', 'rise'],
  ['increased', 'rose'], ['decrease', 'fall'], ['decreased', 'fell'], ['company', 'firm'], ['companies', 'firms'],
  ['government', 'administration'], ['big', 'large'], ['large', 'sizeable'], ['small', 'modest'], ['buy', 'purchase'],
  ['bought', 'purchased'], ['sell', 'offload'], ['sold', 'offloaded'], ['help', 'assist'], ['helped', 'assisted'],
  ['start', 'begin'], ['started', 'began'], ['end', 'finish'], ['ended', 'finished'], ['show', 'indicate'],
  ['showed', 'indicated'], ['shows', 'indicates'], ['expected', 'anticipated'], ['expect', 'anticipate'],
  ['important', 'significant'], ['major', 'leading'], ['country', 'nation'], ['countries', 'nations'],
  ['people', 'individuals'], ['children', 'youngsters'], ['problem', 'issue'], ['problems', 'issues'],
  ['plan', 'proposal'], ['plans', 'proposals'], ['rules', 'regulations'], ['law', 'legislation'],
  ['job', 'post'], ['jobs', 'posts'], ['money', 'funds'], ['cost', 'price'], ['costs', 'prices'],
  ['profit', 'earnings'], ['profits', 'earnings'], ['sales', 'turnover'], ['market', 'sector'],
  ['firm', 'business'], ['chief', 'head'], ['boss', 'head'], ['minister', 'secretary'], ['leader', 'head'],
  ['win', 'victory'], ['won', 'claimed'], ['lost', 'was beaten in'], ['match', 'game'], ['matches', 'games'],
  ['team', 'side'], ['player', 'athlete'], ['players', 'athletes'], ['film', 'movie'], ['films', 'movies'],
  ['show', 'programme'], ['music', 'songs'], ['album', 'record'], ['award', 'prize'], ['awards', 'prizes'],
  ['phone', 'handset'], ['phones', 'handsets'], ['users', 'customers'], ['online', 'on the internet'],
  ['computer', 'PC'], ['software', 'programs'], ['technology', 'tech'], ['new', 'fresh'], ['old', 'former'],
  ['recent', 'latest'], ['recently', 'lately'], ['however', 'but'], ['also', 'additionally'],
  ['because', 'since'], ['about', 'around'], ['around', 'roughly'], ['nearly', 'almost'], ['many', 'numerous'],
  ['several', 'a number of'], ['most', 'the majority of'], ['often', 'frequently'], ['quickly', 'rapidly'],
  ['early', 'initial'], ['later', 'subsequently'], ['before', 'prior to'], ['after', 'following'],
  ['despite', 'in spite of'], ['although', 'though'], ['strong', 'robust'], ['weak', 'feeble'],
  ['growth', 'expansion'], ['economy', 'economic system'], ['bank', 'lender'], ['banks', 'lenders'],
  ['rate', 'level'], ['rates', 'levels'], ['figures', 'data'], ['report', 'study'], ['reports', 'studies'],
  ['claimed', 'alleged'], ['warned', 'cautioned'], ['added', 'continued'], ['believe', 'think'],
  ['believes', 'thinks'], ['want', 'wish'], ['wants', 'wishes'], ['need', 'require'], ['needs', 'requires'],
  ['try', 'attempt'], ['tried', 'attempted'], ['make', 'create'], ['made', 'created'], ['get', 'obtain'],
  ['got', 'obtained'], ['give', 'provide'], ['gave', 'provided'], ['use', 'employ'], ['used', 'employed'],
  ['think', 'consider'], ['thought', 'considered'], ['number', 'quantity'], ['part', 'portion'],
  ['week', 'seven days'], ['year', 'twelve months'], ['month', 'four weeks'], ['hit', 'struck'],
  ['cut', 'reduce'], ['cuts', 'reductions'], ['fears', 'concerns'], ['fear', 'worry'], ['row', 'dispute'],
  ['talks', 'negotiations'], ['deal', 'agreement'], ['vote', 'ballot'], ['election', 'poll'], ['party', 'group'],
];
const SYNONYM_MAP = new Map<string, string>();
for (const [a, b] of SYNONYMS) { if (!SYNONYM_MAP.has(a)) SYNONYM_MAP.set(a, b); if (!SYNONYM_MAP.has(b)) SYNONYM_MAP.set(b, a); }

/** Copy kinds the generator makes. */
export type CopyKind = 'republished' | 'trimmed' | 'reworded' | 'figures' | 'paraphrased' | 'lifted';

/** All kinds, in the order sources are assigned them. */
export const COPY_KINDS: readonly CopyKind[] = ['republished', 'trimmed', 'reworded', 'figures', 'paraphrased', 'lifted'];

function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

function sentences(paragraph: string): string[] {
  return paragraph.match(/[^.!?]+[.!?]+["'\u201d]?\s*|[^.!?]+$/g)?.map((s) => s.trim()).filter(Boolean) ?? [paragraph];
}

/** Replaces about `share` of the words that have a synonym, keeping capitalisation. */
export function reword(text: string, share: number, rand: () => number): string {
  return text.replace(/[A-Za-z]+/g, (w) => {
    const lower = w.toLowerCase();
    const s = SYNONYM_MAP.get(lower);
    if (!s || rand() >= share) return w;
    return w[0] === w[0]!.toUpperCase() ? s[0]!.toUpperCase() + s.slice(1) : s;
  });
}

/** Changes about `share` of the numbers by 10-60% (kept whole when they were whole). */
export function alterFigures(text: string, share: number, rand: () => number): string {
  return text.replace(/\d+(?:\.\d+)?/g, (n) => {
    if (rand() >= share) return n;
    const v = Number(n) * (rand() < 0.5 ? 1 + 0.1 + rand() * 0.5 : 1 - 0.1 - rand() * 0.3);
    return n.includes('.') ? v.toFixed(n.split('.')[1]!.length) : String(Math.max(1, Math.round(v)));
  });
}

/**
 * Makes one copy of `source`.
 * @param source the source text (title line, blank line, paragraphs, as the BBC files are)
 * @param kind what kind of copy
 * @param rand the PRNG
 * @param host for `lifted`: the other article the lifted paragraphs are set into
 * @returns the copy's text
 */
export function deriveCopy(source: string, kind: CopyKind, rand: () => number, host?: string): string {
  const paras = paragraphs(source);
  const [title, ...body] = paras;
  switch (kind) {
    case 'republished':
      return [`(Wire copy) ${title}`, ...body.map((p) => reword(p, 0.03, rand)), 'Copyright the original publisher. All rights reserved.'].join('\n\n');
    case 'trimmed': {
      const keep = Math.min(body.length - 1, Math.max(2, Math.ceil(body.length * (0.3 + rand() * 0.2))));
      return [title, ...body.slice(0, keep)].join('\n\n');
    }
    case 'reworded': {
      const rest = shuffle(body.slice(1), rand);
      return [reword(title!, 0.5, rand), ...[body[0]!, ...rest].map((p) => reword(p, 0.4, rand))].join('\n\n');
    }
    case 'figures': {
      const kept = body.map((p) => sentences(p).filter(() => rand() > 0.2).join(' ')).filter(Boolean);
      return [title, ...kept.map((p) => alterFigures(p, 0.6, rand))].join('\n\n');
    }
    case 'paraphrased': {
      const out = body.map((p) => {
        const ss = sentences(p).filter(() => rand() > 0.3);
        if (ss.length > 2) { const first = ss.shift()!; shuffle(ss, rand); ss.unshift(first); }
        return reword(ss.join(' '), 0.65, rand);
      }).filter(Boolean);
      return [reword(title!, 0.6, rand), ...out].join('\n\n');
    }
    case 'lifted': {
      const hostParas = paragraphs(host ?? '');
      const start = Math.floor(rand() * Math.max(1, body.length - 2));
      const lifted = body.slice(start, start + 3);
      const at = Math.min(hostParas.length, 2);
      return [...hostParas.slice(0, at), ...lifted, ...hostParas.slice(at)].join('\n\n');
    }
  }
}
