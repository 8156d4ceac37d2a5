/** Test support for the document service, never imported by production code. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sessionResults } from '../../shared/domain/council-session/session-file';
import { sessionFromFile } from '../../shared/domain/council-session/session-from-file';
import type { IsoDate } from '../../shared/domain/dates/iso-date';
import { checkSession } from '../../shared/domain/session/validate-session';
import { loadBundledPacks } from '../../shared/domain/testing/load-packs';
import { DEFAULT_DOCUMENT_NUMBERS } from '../../shared/domain/workspace/council.schema';
import { DEFAULT_CERTIFICATE_TEMPLATE } from '../../shared/documents/certificate-template';
import type { DocumentsStartRequest } from '../../shared/ipc/documents-schemas';
import type { PlannedFile } from './document-jobs';

/** A small but real-looking PDF: pdfkit's page tree with `pages` pages, and some text to vary the bytes. */
export function fakePdf(pages: number, text: string): Uint8Array {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  const pageObjects = Array.from(
    { length: pages },
    (_, i) => `${i + 3} 0 obj\n<<\n/Type /Page\n/Parent 2 0 R\n>>\nendobj`,
  );
  return Buffer.from(
    `%PDF-1.3\n2 0 obj\n<<\n/Type /Pages\n/Count ${pages}\n/Kids [${kids}]\n>>\nendobj\n${pageObjects.join('\n')}\n% ${text}\n%%EOF\n`,
    'latin1',
  );
}

/** Planned files that render instantly as fake PDFs (one page each unless said). */
export function plannedFiles(names: readonly string[], kind = 'tally', pages = 1): PlannedFile[] {
  return names.map((fileName) => ({ fileName, kind, render: () => Promise.resolve(fakePdf(pages, fileName)) }));
}

/** A render that waits until the test lets it finish. */
export function gatedFile(fileName: string, kind = 'blank-sheets'): PlannedFile & { release: () => void } {
  let release = () => undefined as void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  return {
    fileName,
    kind,
    render: async () => {
      await gate;
      return fakePdf(1, fileName);
    },
    release: () => release(),
  };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Every entry of a folder, hidden ones too, sorted. */
export function entries(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** Waits until `check` holds (polling, as the renderer does). */
export async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * A start request for the worked example of session-v1.md (Lai Châu, 5 members × 2 products, every
 * sheet sealed), as the documents area would send it: finalised (version 1) unless `finalised` is false.
 */
export function laiChauStartRequest(
  kinds: DocumentsStartRequest['kinds'],
  { finalised = true, folderToken = null }: { finalised?: boolean; folderToken?: string | null } = {},
): DocumentsStartRequest {
  const { lookup } = loadBundledPacks((file) => readFileSync(file, 'utf8'));
  const text = readFileSync('tests/fixtures/sessions/lai-chau-2026-small.session.json', 'utf8');
  const checked = checkSession(JSON.parse(text), lookup);
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  const { session, sheets } = sessionFromFile(checked.session, checked.pack, {
    sessionId: 'lai-chau-1',
    packetKey: () => '0'.repeat(64),
    now: '2026-07-20T01:00:00.000Z',
    title: 'Phiên chấm Lai Châu',
    date: '2026-07-20' as IsoDate,
  });
  const results = sessionResults(session, sheets, checked.sets);
  return {
    kinds,
    session: { ...session, phase: finalised ? 'finalised' : 'review' },
    sheets: sheets.map((s) => ({ ...s, choices: { ...s.choices } })),
    finalised: finalised
      ? {
          version: 1,
          hash: 'a'.repeat(64),
          results: {
            quorum: { ...results.quorum },
            products: results.products.map((p) => ({
              ...p,
              memberTotals: { ...p.memberTotals },
              blockingCriteria: [...p.blockingCriteria],
            })),
          },
        }
      : null,
    council: {
      councilName: session.councilName,
      authority: 'Ủy ban nhân dân tỉnh Lai Châu',
      placeName: 'Lai Châu',
      signers: [],
      numbers: DEFAULT_DOCUMENT_NUMBERS,
    },
    language: 'vi',
    options: {
      date: null,
      decision: finalised ? { number: '125/QĐ-UBND', date: '2026-08-15' as IsoDate } : null,
      numbering: { minutes: 3, submission: null, certificateStart: 1 },
      certificateTemplate: DEFAULT_CERTIFICATE_TEMPLATE,
      certificates: [],
      producerAddresses: {},
    },
    folderToken,
  };
}
