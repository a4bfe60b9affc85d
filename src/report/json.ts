/**
 * @module
 * The JSON report: exactly the `copytrace.compare/1` object, 2-space indented, newline-terminated.
 */
import type { CompareResult } from '../core/types.js';

/** Renders the contract object as pretty JSON (what `compare --json` prints). */
export function renderJson(result: CompareResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** Renders the contract object on one line (what `compare --pairs` prints per pair). */
export function renderJsonLine(result: unknown): string {
  return `${JSON.stringify(result)}\n`;
}
