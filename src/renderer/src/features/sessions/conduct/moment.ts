import { format } from 'date-fns';

/** A moment (an ISO timestamp) as the council reads it, on this laptop's clock: 20/07/2026 09:15. */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, 'dd/MM/yyyy HH:mm');
}
