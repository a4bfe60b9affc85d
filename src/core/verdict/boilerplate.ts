/**
 * @module
 * Page furniture and republication notices. Copies add wire headers, photo captions, credit lines
 * and copyright footers; these say nothing about the story, so coverage for the verdict leaves
 * them out, and a republication notice or an agency credit tells which side is the copy.
 */

/** A sentence that is page furniture rather than story: captions, credits, bylines, footers, section
 * headers ("WIRE | Local Government"), newsletter and "read more" prompts. */
const FURNITURE =
  /^(?:photo|photos|file photo|image|picture|caption|credit|video|graphic|source)\b\s*:?|^(?:more from|read more|related|follow|sign up|subscribe|see more|watch|listen|share this|advertisement)\b|\bcopyright\b|\u00a9|\ball rights reserved\b|\|/i;
/** Longest sentence (characters) that can be furniture; longer text is story even with a "|" in it. */
const FURNITURE_MAX_CHARS = 160;
/** An explicit republication notice: the text says it is a copy. */
const REPUBLISHED =
  /\b(?:originally (?:published|appeared)|first (?:published|appeared)|(?:is |was )?republished|reprinted|reproduced (?:with|by|from|under)|syndicated by|distributed by|used with permission|under a content[- ]sharing|(?:the )?original (?:publisher|article)|wire (?:copy|story)|from wire reports|(?:wire services|news agencies|agencies) contributed)\b/i;
/** Attribution to a news agency: the wording a rewrite uses to credit the copy it was made from
 * ("according to Reuters", "AFP reported"), and the credit a republisher puts on agency copy
 * ("(Reuters)" in the dateline, "— AFP" closing a paragraph). */
const AGENCY_CREDIT =
  /\b(?:according to|citing|cited by|reported by|quoted by)\s+(?:the\s+)?(?:Reuters|AFP|AP|Associated Press|Bloomberg|Xinhua|dpa|Agence France-Presse|TASS|Interfax|ANSA|EFE|Kyodo|Yonhap|PTI|ANI)\b|\b(?:Reuters|AFP|Bloomberg|Xinhua|TASS|Interfax|Yonhap|Kyodo)\s+(?:reported|cited|quoted)\b|\((?:Reuters|AFP|dpa|Xinhua|Bloomberg|EFE|ANSA)\)|[\u2014\u2013-]\s*(?:Reuters|AFP|AP|dpa|Xinhua|Bloomberg)\s*$/m;

/**
 * Whether a sentence is page furniture (caption, credit, header, footer, a republication notice),
 * not story text.
 * @param text the sentence text
 */
export function isFurniture(text: string): boolean {
  return text.length <= FURNITURE_MAX_CHARS && (FURNITURE.test(text) || REPUBLISHED.test(text));
}

/**
 * How strongly a text declares itself a copy: 2 for a republication notice ("originally published
 * by"), 1 for crediting a news agency ("according to Reuters"), 0 otherwise.
 * @param text a document text
 */
export function copyCue(text: string): number {
  if (REPUBLISHED.test(text)) return 2;
  return AGENCY_CREDIT.test(text) ? 1 : 0;
}
