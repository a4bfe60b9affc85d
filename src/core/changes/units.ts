/**
 * @module
 * What a figure measures, read from the symbol before it or the unit word after it. A copy can keep
 * a number and change what it counts: "$5 million" -> "5 million euros", "5%" -> "5 percentage
 * points", "10 km" -> "10 miles", "five days" -> "five weeks". Only units of one dimension are
 * compared: "40 houses" -> "40 homes" is wording, and a figure whose unit no list knows is left alone.
 */

/** A unit and the dimension it measures ("currency", "length", ...). */
export interface Measure {
  dimension: string;
  unit: string;
}

/** Currency symbols written before a figure. */
const SYMBOLS: Readonly<Record<string, string>> = { $: 'dollar', '€': 'euro', '£': 'pound', '¥': 'yen', '₹': 'rupee', '₽': 'rouble' };

/** Unit lemmas by dimension, each with the unit it names (spellings and abbreviations of one unit share it). */
const BY_DIMENSION: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  currency: {
    dollar: 'dollar', usd: 'dollar', euro: 'euro', eur: 'euro', pound: 'pound', sterling: 'pound', gbp: 'pound',
    yen: 'yen', jpy: 'yen', yuan: 'yuan', renminbi: 'yuan', rmb: 'yuan', cny: 'yuan', rupee: 'rupee', inr: 'rupee',
    rouble: 'rouble', ruble: 'rouble', franc: 'franc', chf: 'franc', krona: 'krona', krone: 'krona', peso: 'peso',
    lira: 'lira', shekel: 'shekel', dinar: 'dinar', dirham: 'dirham', riyal: 'riyal', naira: 'naira', zloty: 'zloty',
  },
  // "5 percentage points" is read with its first noun, "percentage"
  share: { percent: 'percent', percentage: 'percentage point' },
  length: {
    km: 'kilometre', kilometre: 'kilometre', kilometer: 'kilometre', mile: 'mile', m: 'metre', metre: 'metre', meter: 'metre',
    cm: 'centimetre', centimetre: 'centimetre', centimeter: 'centimetre', mm: 'millimetre', millimetre: 'millimetre',
    millimeter: 'millimetre', foot: 'foot', feet: 'foot', ft: 'foot', inch: 'inch', yard: 'yard',
  },
  // a translation writes "Tonnen" as tons or tonnes: one unit here
  mass: { kg: 'kilogram', kilogram: 'kilogram', kilo: 'kilogram', gram: 'gram', g: 'gram', tonne: 'tonne', ton: 'tonne', lb: 'lb', ounce: 'ounce', oz: 'ounce' },
  area: { hectare: 'hectare', ha: 'hectare', acre: 'acre' },
  volume: { litre: 'litre', liter: 'litre', gallon: 'gallon', barrel: 'barrel' },
  speed: { mph: 'mph', kph: 'km/h', kmh: 'km/h' },
  time: { second: 'second', minute: 'minute', hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year', decade: 'decade' },
};

/** Every unit lemma with its measure. */
const UNITS: ReadonlyMap<string, Measure> = new Map(
  Object.entries(BY_DIMENSION).flatMap(([dimension, units]) => Object.entries(units).map(([lemma, unit]) => [lemma, { dimension, unit }] as const)),
);

/**
 * The measure of a figure.
 * @param symbol the symbol written right before the number ('' when none)
 * @param unitLemma the lemma of its unit word ('' when none)
 * @returns undefined when neither names a unit this module knows
 */
export function measureOf(symbol: string, unitLemma: string): Measure | undefined {
  const currency = SYMBOLS[symbol];
  if (currency) return { dimension: 'currency', unit: currency };
  return UNITS.get(unitLemma);
}

/**
 * Whether two measures count one thing in different units of one dimension (dollars / euros), the
 * change a copy that keeps the number makes to what it means.
 */
export function otherUnit(x: Measure | undefined, y: Measure | undefined): boolean {
  return x !== undefined && y !== undefined && x.dimension === y.dimension && x.unit !== y.unit;
}
