import { format } from 'date-fns';
import type { TFunction } from 'i18next';

/** A moment on this laptop's clock, as the council writes it: 20/07/2026 09:15. */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, 'dd/MM/yyyy HH:mm');
}

/** A size for people: 812 B, 45 KB, 3,2 MB (one decimal below 10, with the language's decimal mark). */
export function formatBytes(bytes: number, t: TFunction, language: string): string {
  const units = [
    ['gigabytes', 1024 ** 3],
    ['kilobytes', 1024],
  ] as const;
  const number = (value: number) =>
    new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: value < 10 ? 1 : 0 }).format(
      value,
    );
  if (bytes >= 1024 ** 3) return t('archiveUi.size.gigabytes', { n: number(bytes / units[0][1]) });
  if (bytes >= 1024 ** 2) return t('archiveUi.size.megabytes', { n: number(bytes / 1024 ** 2) });
  if (bytes >= 1024) return t('archiveUi.size.kilobytes', { n: number(bytes / 1024) });
  return t('archiveUi.size.bytes', { n: String(bytes) });
}

/** The first characters of a hash, enough to compare by eye. */
export function shortHash(hash: string | null): string {
  return hash ? hash.slice(0, 12) : '—';
}

/** Where the data as it was before an import went: "… lúc 20/07/2026 09:15 (Trước khi nhập tệp)". */
export function snapshotNote(snapshot: { createdAt: string; reason: string }, t: TFunction): string {
  return t('archiveUi.file.snapshotNote', {
    date: formatMoment(snapshot.createdAt),
    reason: t(`archiveUi.reason.${snapshot.reason}` as never) as unknown as string,
  });
}
