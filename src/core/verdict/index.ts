/**
 * @module
 * The verdict of a comparison: the public face of src/core/verdict.
 */
export { decideVerdict, sideEvidence, type Verdict, type VerdictInput } from './verdict.js';
export { decideDirection, directionScore, directionSignals, type DirectionInput, type DirectionSignals } from './direction.js';
export { gatherEvidence, type Evidence, type SideEvidence } from './evidence.js';
export { gatherDirectionEvidence, type DirectionEvidence, type SideDirection } from './direction-evidence.js';
export { containment, docStats, topicalSimilarity, type DocStats } from './doc-stats.js';
export { docCues, type DocCues, type SentenceFigures } from './doc-cues.js';
