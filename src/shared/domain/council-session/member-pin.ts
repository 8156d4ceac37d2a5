import { sha256Hex } from './canonical-sheet';

/**
 * The stored form of a member's PIN for the member picker: SHA-256 over the session, the member and the
 * PIN, so the same PIN gives different hashes in different sessions. A PIN only keeps members from
 * opening each other's sheets by mistake on a shared laptop; it is not a password.
 */
export function pinHash(sessionId: string, memberId: string, pin: string): string {
  return sha256Hex(`ocop-council/pin@1|${sessionId}|${memberId}|${pin.trim()}`);
}

export function pinMatches(stored: string | null, sessionId: string, memberId: string, pin: string): boolean {
  return stored === null || stored === pinHash(sessionId, memberId, pin);
}
