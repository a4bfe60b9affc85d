/**
 * @module
 * The counters and reports of an `add` run, shared by the corpus, the CLI summary and the server.
 */

/** Counters, reported as the run goes. */
export interface AddProgress {
  /** Items read (documents and skipped records; warnings are not items). */
  read: number;
  added: number;
  /** Same text as a stored document: linked to it, not stored again. */
  duplicates: number;
  /** Already in the corpus (same id). */
  existing: number;
  skipped: number;
  warnings: number;
  /** Documents linked (candidates verified, edges written), including relinked ones. */
  linked: number;
  edges: number;
}

/** One skipped input (or a warning), with where it came from. */
export interface SkipReport {
  origin: string;
  code: string;
  reason: string;
}

/** What a run did. */
export interface AddSummary extends AddProgress {
  /** Documents of an interrupted earlier run that were linked now. */
  relinked: number;
  /** The first skip reports (all are counted in `skipped`). */
  skips: SkipReport[];
  warningMessages: SkipReport[];
  /** How many reports are kept at most. */
  maxReports: number;
  /** Edges written, by relation. */
  relations: Record<string, number>;
  seconds: number;
}

/** Reports kept in a summary (the counts cover all). */
export const MAX_REPORTS = 1000;

/** A summary with every counter at zero. */
export function emptySummary(): AddSummary {
  return { read: 0, added: 0, duplicates: 0, existing: 0, skipped: 0, warnings: 0, linked: 0, edges: 0, relinked: 0, skips: [], warningMessages: [], maxReports: MAX_REPORTS, relations: {}, seconds: 0 };
}
