import { formatNumber } from '../../../../shared/i18n/format';
import type { Language } from '../../../../shared/i18n/messages';

/**
 * A file size for people: bytes, KB or MB with one decimal in the language's notation.
 *
 * @example fileSize(250_880, 'vi') === '245,0 KB'
 */
export function fileSize(bytes: number, language: Language): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, language, 1)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), language, 1)} MB`;
}

/**
 * The first twelve hex digits of a SHA-256 in groups of four, as the session screens show seals.
 *
 * @example shortHash('3f2a91c07be4d215…') === '3f2a-91c0-7be4'
 */
export function shortHash(hash: string): string {
  return [hash.slice(0, 4), hash.slice(4, 8), hash.slice(8, 12)].join('-');
}

/** A moment as "20/08/2026 14:05" on this computer's clock. */
export function dateTime(iso: string): string {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(at.getDate())}/${pad(at.getMonth() + 1)}/${at.getFullYear()} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}
