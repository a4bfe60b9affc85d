/**
 * @module
 * The public API of copytrace: `compare()`, a cache of analysed documents for comparing the same
 * documents many times, and the contract types.
 */
export { compare } from './core/compare.js';
export { DocumentCache } from './core/document-cache.js';
export type {
  Alignment,
  AlignmentKind,
  Change,
  ChangeType,
  CompareOptions,
  CompareResult,
  Direction,
  DocSummary,
  DocumentInput,
  Relation,
  Severity,
  Span,
  Style,
  TextSpan,
} from './core/types.js';
export { CopytraceError } from './errors.js';
