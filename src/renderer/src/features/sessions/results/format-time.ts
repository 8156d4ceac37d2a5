/**
 * A recorded moment (ISO timestamp) as people write it in minutes, day first and 24-hour clock, in the
 * laptop's time zone unless one is given: "20/07/2026 08:05".
 *
 * @example formatTimestamp('2026-07-20T01:05:00.000Z', 'Asia/Ho_Chi_Minh') === '20/07/2026 08:05'
 */
export function formatTimestamp(at: string, timeZone?: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  const parts = new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}
