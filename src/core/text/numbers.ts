/**
 * @module
 * Numbers as values, whichever way a text writes them: "1,300", "5.5", "three", "twenty-five",
 * "1.5 million", "11th". A copy that writes "3 weeks" for "three weeks" says the same thing; one
 * that writes "4 weeks" does not, and the change detectors need the value to tell the two apart.
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, m: 1e6 };

/** Value of a number word ("three" -> 3), or undefined. `one` is excluded: usually a pronoun. */
export function numberWordValue(word: string): number | undefined {
  if (word === 'one') return undefined;
  return UNITS[word];
}

/** True for a scale word that multiplies the number before it (million, billion, ...). */
export function scaleValue(word: string): number | undefined {
  return SCALES[word];
}

/**
 * Value of a digit string as news writes it: thousands separators, decimals, an ordinal suffix.
 * "1,300" -> 1300, "5.5" -> 5.5, "11th" -> 11, "2,5" (decimal comma) -> 2.5.
 */
export function digitValue(raw: string): number | undefined {
  const s = raw.replace(/(st|nd|rd|th)$/i, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3})+$/.test(s) && s.split('.').length > 2) return Number(s.replace(/\./g, ''));
  if (/^\d+,\d{1,2}$/.test(s)) return Number(s.replace(',', '.'));
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  return undefined;
}

/** The canonical string form of a value for matching: 1300 -> "1300", 5.50 -> "5.5". */
export function valueKey(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6);
}
