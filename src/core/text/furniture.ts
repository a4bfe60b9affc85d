/**
 * @module
 * Page furniture and republication notices. Copies add wire headers, photo captions, credit lines
 * and copyright footers, and scraped pages keep their site's prompts and disclaimers; these say
 * nothing about the story, so the verdict counts them as no evidence and the change list reports
 * them dropped or added as furniture, and a republication notice or an agency credit tells which
 * side is the copy.
 */

/** A sentence that is page furniture rather than story: captions, credits, bylines, footers, section
 * headers ("WIRE | Local Government"), newsletter and "read more" prompts. */
const FURNITURE =
  /^(?:photo|photos|file photo|image|picture|caption|credit|video|graphic|source)(?:\s*[:|]|\s+[\u2013\u2014-]\s|\s+(?:by|credit|caption|courtesy)\b|\s*$)|^(?:more from|read more|related|follow|sign up|subscribe|see more|watch|listen|share this|advertisement)\b|\bcopyright\s*(?:\u00a9|\(c\)|\d{4})|\u00a9|\ball rights reserved\b|\|/i;
/** Longest sentence (characters) that can be furniture; longer text is story even with a "|" in it. */
const FURNITURE_MAX_CHARS = 160;
/** Web page furniture that extraction leaves in scraped text, found anywhere in a sentence: player and
 * browser notices, cookie notices, newsletter, app and social-media prompts, paywall prompts, a site's
 * disclaimer, a contact address. Two articles of one outlet share these word for word. */
const WEB_FURNITURE = new RegExp([
  String.raw`\byour browser does(?:n['’]t| not) support\b`,
  String.raw`\b(?:enable|turn on) javascript\b`,
  String.raw`\b(?:we|this (?:site|website)) uses? cookies\b`,
  String.raw`\b(?:delivered|straight|direct(?:ly)?) to your inbox\b`,
  String.raw`\b(?:subscribe|sign[ -]up|click|receive)\b[^.]{0,60}\bnewsletters?\b|\bnewsletters?\b[^.]{0,60}\b(?:subscribe|sign[ -]up|click)\b`,
  String.raw`\b(?:follow|join) (?:us|@\w+|[\w-]+(?:\.[\w-]+)+) on (?:twitter|facebook|instagram|linkedin|youtube|telegram|tiktok|whatsapp)\b|\blike us on facebook\b`,
  String.raw`\bclick here\b`,
  String.raw`\b(?:download|get) (?:our|the [\w'’]+) app\b`,
  String.raw`\breserves the (?:sole )?right to (?:alter|delete|remove|edit|modify)\b`,
  String.raw`\bregistered users (?:can|only|may)\b|\bto continue reading\b|\balready a subscriber\b|\b(?:log|sign) in to (?:read|continue|comment)\b|\benter your details\b`,
  String.raw`\b(?:contact|e-?mail|write to|enquiries|inquiries|tips)\b[^.@]{0,40}[\w.+-]+@[\w-]+\.[a-z]{2,}`,
].join('|'), 'i');
/** Longest sentence that web furniture can make furniture (a prompt glued to a headline or a
 * disclaimer runs longer than a caption). */
const WEB_FURNITURE_MAX_CHARS = 300;
/** An explicit republication notice: the text says it is a copy. */
const REPUBLISHED =
  /\b(?:originally (?:published|appeared)|(?:auto-generated )?from a syndicated feed|(?:has not been|was not|wasn['’]t) edited by [\w.'’ ]{1,60}?staff|(?:article|story|piece|column|report|post|version|interview)\b[^.]{0,40}\bfirst (?:published|appeared)|(?:is |was )?republished|reprinted|reproduced (?:with|by|from|under)|syndicated by|distributed by|used with permission|under a content[- ]sharing|(?:the )?original (?:publisher|article)|wire (?:copy|story)|from wire reports|(?:wire services|news agencies|agencies) contributed)\b/i;
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
  if (text.length > WEB_FURNITURE_MAX_CHARS) return false;
  return WEB_FURNITURE.test(text) || (text.length <= FURNITURE_MAX_CHARS && (FURNITURE.test(text) || REPUBLISHED.test(text)));
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
