import path from 'node:path';

/** Session ids become folder names in the archive: letters, digits, `-` and `_` only (uuids, demo ids). */
const SESSION_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

/** A document's file name: a plain name ending in .pdf, no folders, nothing hidden. */
const FILE_NAME = /^[a-z0-9][a-z0-9._-]{0,150}\.pdf$/;

export function isSafeSessionId(id: string): boolean {
  return SESSION_ID.test(id);
}

export function isSafeFileName(name: string): boolean {
  return FILE_NAME.test(name) && !name.includes('..');
}

/**
 * A file name a document may be written under: the builder's name when it is already plain, else the
 * same words without diacritics, lower case, joined by `-`.
 *
 * @example safeFileName('Phiếu chấm Nguyễn Văn A.pdf') === 'phieu-cham-nguyen-van-a.pdf'
 */
export function safeFileName(name: string): string {
  if (isSafeFileName(name)) return name;
  const stem = name
    .replace(/\.pdf$/i, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 140);
  return `${stem === '' ? 'tai-lieu' : stem}.pdf`;
}

/** Names made unique within one job: a second `a.pdf` becomes `a-2.pdf`. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; seen.has(candidate); n += 1) candidate = name.replace(/\.pdf$/, `-${n}.pdf`);
    seen.add(candidate);
    return candidate;
  });
}

/** The path of `name` inside `dir`, or null when it would land anywhere else. */
export function pathInside(dir: string, name: string): string | null {
  const root = path.resolve(dir);
  const target = path.resolve(root, name);
  return path.dirname(target) === root && path.basename(target) === name ? target : null;
}

/** `<dataDir>/archive/sessions/<sessionId>/documents`, refusing an id that is not a plain folder name. */
export function sessionDocumentsDir(dataDir: string, sessionId: string): string {
  if (!isSafeSessionId(sessionId))
    throw new Error(`session id ${JSON.stringify(sessionId.slice(0, 40))} is not a plain name`);
  return path.join(path.resolve(dataDir), 'archive', 'sessions', sessionId, 'documents');
}
