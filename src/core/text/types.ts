/**
 * @module
 * The analysed form of a document that every later stage (similarity, alignment, changes, verdict,
 * fingerprints) works on. Tokens keep offsets into the original text, so normalisation never
 * needs an offset map: what is compared is `norm`/`lemma`, what is reported is `start`/`end`.
 */

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token {
  /** UTF-16 offset of the first code unit in the document text. */
  start: number;
  /** UTF-16 offset one past the last code unit. */
  end: number;
  /** The original slice `text.slice(start, end)`. */
  text: string;
  /**
   * Normalised form for matching: NFKC, lower case, straight quotes and dashes, and canonical
   * variants (U.S./US/United States -> `us`, Nato/NATO -> `nato`, number words -> digits).
   * A canonical multi-word name (United States) is one token spanning both words.
   */
  norm: string;
  /** Dictionary form of `norm` (demanded -> demand, troops -> troop); equals `norm` for numbers. */
  lemma: string;
  kind: TokenKind;
  /** Numeric value for `number` tokens: "1,300" -> 1300, "three" -> 3, "5.5" -> 5.5, "30-day" -> 30.
   * The tokenizer sets it on every token (undefined when not a number), so that all tokens share one
   * shape: V8 then compiles the code that reads them for that one shape (about 12% of a compare). */
  value?: number | undefined;
  /** First letter upper case in the original (a name when not sentence-initial). */
  cap: boolean;
  /** A function word (the, of, and, ...) that carries little meaning alone. */
  stop: boolean;
}

export interface Sentence {
  /** Position in the document's sentence list. */
  index: number;
  /** Span of the sentence in the document text, trimmed of surrounding white space. */
  start: number;
  end: number;
  text: string;
  /** Paragraph number (blank-line or line-break separated blocks). */
  paragraph: number;
  tokens: Token[];
}

export interface AnalyzedDocument {
  text: string;
  sentences: Sentence[];
}
