/**
 * @module
 * A corpus remembers the fingerprint parameters it was built with: band keys, term samples and
 * sentence keys made with other parameters would never match the stored ones, and candidate search
 * would silently fail. The first `add` records them; later runs (and `find`) use the recorded ones,
 * even when the defaults of a newer copytrace differ, and refuse explicitly different ones.
 */
import type { ResolvedFingerprintConfig } from '../core/fingerprint/config.js';
import { CopytraceError } from '../errors.js';
import type { Store } from '../store/store.js';

/** Name of the setting holding the fingerprint parameters. */
export const FINGERPRINT_SETTING = 'fingerprint';

/**
 * The fingerprint parameters to use with this corpus.
 * @param store the corpus
 * @param requested the parameters asked for (defaults filled in)
 * @param explicit true when the caller set fingerprint parameters on purpose
 * @returns the recorded parameters, or `requested` (recorded now when the store is writable)
 * @throws CopytraceError `usage` when explicit parameters differ from the recorded ones
 */
export async function corpusFingerprintConfig(store: Store, requested: ResolvedFingerprintConfig, explicit: boolean): Promise<ResolvedFingerprintConfig> {
  const stored = await store.getSetting(FINGERPRINT_SETTING);
  if (stored === null) {
    try {
      await store.putSetting(FINGERPRINT_SETTING, JSON.stringify(requested));
    } catch {
      // A read-only store (find beside a running add): nothing recorded yet, use what was asked.
    }
    return requested;
  }
  const recorded = JSON.parse(stored) as ResolvedFingerprintConfig;
  if (explicit && JSON.stringify(recorded) !== JSON.stringify(requested)) {
    throw new CopytraceError('usage', `this corpus was fingerprinted with other parameters (${stored}); use them, or start a new corpus`);
  }
  return recorded;
}
