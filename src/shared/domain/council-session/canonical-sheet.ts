import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { RubricSet } from '../rubric/rubric-pack.schema';
import type { Choice } from '../session/session-file.schema';

/** What a seal covers: the session, the pack, the member, the product, the round, every choice, the comment. */
export interface SealedContent {
  readonly sessionId: string;
  readonly pack: { readonly id: string; readonly version: number };
  readonly memberId: string;
  readonly productId: string;
  readonly round: number;
  readonly choices: Readonly<Record<string, Choice>>;
  readonly comment: string;
}

/**
 * The canonical text of a sheet: fixed key order, choices in the form's order (every criterion, null for
 * "none applies"), no spaces. The same sheet gives the same text on every laptop.
 */
export function canonicalSheet(set: Pick<RubricSet, 'criteria'>, content: SealedContent): string {
  const choices = set.criteria.map((criterion) => [criterion.id, content.choices[criterion.id] ?? null]);
  return JSON.stringify([
    'ocop-council/sheet@1',
    content.sessionId,
    `${content.pack.id}@${content.pack.version}`,
    content.memberId,
    content.productId,
    content.round,
    choices,
    content.comment.normalize('NFC'),
  ]);
}

/** SHA-256 of a text, as 64 hex characters. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * The seal of a sheet: SHA-256 of its canonical text. Any change to a choice or the comment changes it.
 *
 * @example sealSheet(set, content).length === 64
 */
export function sealSheet(set: Pick<RubricSet, 'criteria'>, content: SealedContent): string {
  return sha256Hex(canonicalSheet(set, content));
}

/** A seal as people read it on paper: the first 12 hex digits in groups of four ("3f2a-91c0-7be4"). */
export function shortSeal(seal: string): string {
  return (seal.slice(0, 12).match(/.{4}/g) ?? []).join('-');
}
