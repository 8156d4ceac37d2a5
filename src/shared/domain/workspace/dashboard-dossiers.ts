import { daysBetween, type IsoDate } from '../dates/iso-date';
import { dossierStatus, type Dossier } from './dossier.schema';

/** A dossier the helper group or the producer has to act on. */
export interface WaitingDossier {
  /** `precheck`: received, waiting for the helper group's pre-check; `returned`: back with the producer. */
  readonly kind: 'precheck' | 'returned';
  readonly dossier: Dossier;
  /** Since when it waits: the day it was received (or resubmitted), or the day it was returned. */
  readonly since: IsoDate;
  /** Calendar days from `since` to today. */
  readonly days: number;
}

/**
 * Dossiers waiting for the pre-check (received, or resubmitted after completion) or returned for
 * completion, with how many days they have waited, longest first.
 *
 * @example a dossier received on 2025-06-09 and not yet checked, on 2025-06-15
 *   → { kind: 'precheck', since: '2025-06-09', days: 6 }
 * @example a dossier returned on 2025-05-02, on 2025-06-15 → { kind: 'returned', since: '2025-05-02', days: 44 }
 */
export function dossiersWaiting(dossiers: readonly Dossier[], today: IsoDate): WaitingDossier[] {
  const waiting: WaitingDossier[] = [];
  for (const dossier of dossiers) {
    const status = dossierStatus(dossier);
    const kind =
      status === 'returned' ? 'returned' : status === 'received' || status === 'resubmitted' ? 'precheck' : null;
    if (kind === null) continue;
    const since = dossier.history[dossier.history.length - 1]?.on ?? dossier.receivedOn;
    waiting.push({ kind, dossier, since, days: daysBetween(since, today) });
  }
  return waiting.sort((a, b) => b.days - a.days || a.dossier.id.localeCompare(b.dossier.id));
}
