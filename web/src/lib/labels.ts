/**
 * @module
 * Words for the engine's codes: change types, severities, relations and directions. Colour in the UI
 * always comes with one of these words, never alone.
 */
import type { ChangeType, CompareResult, Relation, Severity } from '../types.js';

/** Every change type, in the order the legend and filters list them. */
export const CHANGE_TYPES: ChangeType[] = [
  'number', 'date', 'entity', 'negation', 'quote', 'attribution', 'hedge', 'omission', 'addition',
];

/** Every severity, most serious first. */
export const SEVERITIES: Severity[] = ['major', 'minor', 'info'];

/** A short human label per change type. */
export const TYPE_LABEL: Record<ChangeType, string> = {
  number: 'number', date: 'date', entity: 'name', negation: 'negation', quote: 'quote',
  attribution: 'attribution', hedge: 'hedging', omission: 'omitted', addition: 'added',
};

/** One sentence per relation, for the verdict banner. */
export const RELATION_TEXT: Record<Relation, string> = {
  duplicate: 'The same text, up to light edits.',
  derived: 'Most of one is drawn from the other.',
  'partially-derived': 'Some passages are drawn from the other.',
  related: 'The same story, written independently.',
  unrelated: 'No passage is drawn from the other.',
};

/**
 * A side as "A (name)", or plain "A" when the document has no name of its own (pasted text is
 * named after its side), so the banner does not read "B (B) is drawn from A (A)".
 */
export function sideLabel(side: 'a' | 'b', name: string): string {
  const letter = side.toUpperCase();
  return name && name !== letter ? `${letter} (${name})` : letter;
}

/** The direction as a sentence naming the two sides. */
export function directionText(r: Pick<CompareResult, 'direction' | 'a' | 'b'>): string {
  if (r.direction === 'a->b') return `${sideLabel('b', r.b.name)} is drawn from ${sideLabel('a', r.a.name)}.`;
  if (r.direction === 'b->a') return `${sideLabel('a', r.a.name)} is drawn from ${sideLabel('b', r.b.name)}.`;
  return 'Which one came first is unknown.';
}

/** A share in 0..1 as a whole percentage. */
export function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** An ISO time as a short local date and time, or the input when it does not parse. */
export function shortTime(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
