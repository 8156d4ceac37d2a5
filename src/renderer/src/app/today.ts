import { format } from 'date-fns';
import type { IsoDate } from '../../../shared/domain/dates/iso-date';

/** Today's calendar date on this laptop (the domain never reads the clock itself). */
export function todayIso(): IsoDate {
  return format(new Date(), 'yyyy-MM-dd') as IsoDate;
}
