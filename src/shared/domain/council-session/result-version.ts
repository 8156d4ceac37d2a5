import type { SessionResults } from '../scoring/compute-results';
import { sha256Hex } from './canonical-sheet';

/**
 * A finalised session's results, version 1 at finalisation, then one more version per amendment by the
 * chair (with its reason). Versions are chained: each hash covers the previous one, so a changed or
 * removed version shows.
 */
export interface ResultVersion {
  readonly id: string;
  readonly sessionId: string;
  readonly version: number;
  readonly results: SessionResults;
  /** Why the chair amended the results (null for the first version). */
  readonly reason: string | null;
  /** The member id of the chair who confirmed or amended. */
  readonly by: string;
  readonly at: string;
  /** The seals of the sheets the results were computed from, in order. */
  readonly seals: readonly string[];
  readonly previousHash: string | null;
  readonly hash: string;
}

/** The hash of a result version: SHA-256 over the previous hash, the version, the seals and the results. */
export function resultVersionHash(version: Omit<ResultVersion, 'hash' | 'id'>): string {
  return sha256Hex(
    JSON.stringify([
      version.previousHash,
      version.sessionId,
      version.version,
      version.reason,
      version.by,
      version.at,
      version.seals,
      version.results,
    ]),
  );
}

/** Whether a chain of versions (in order) is intact: each hash right, each pointing at the one before. */
export function resultChainProblems(versions: readonly ResultVersion[]): number[] {
  const broken: number[] = [];
  versions.forEach((version, index) => {
    const previous = index === 0 ? null : (versions[index - 1]?.hash ?? null);
    const { hash, id: _id, ...content } = version;
    if (version.previousHash !== previous || resultVersionHash(content) !== hash) broken.push(version.version);
  });
  return broken;
}
