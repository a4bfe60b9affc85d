/**
 * @module
 * The verdict of a comparison: the public face of src/core/verdict.
 */
export { decideVerdict, sideEvidence, type Verdict, type VerdictInput } from './verdict.js';
export { decideDirection, type DirectionInput } from './direction.js';
export { gatherEvidence, type Evidence, type SideEvidence } from './evidence.js';
export { containment, docStats, topicalSimilarity, type DocStats } from './doc-stats.js';
