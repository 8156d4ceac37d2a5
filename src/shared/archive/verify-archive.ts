import { sealSheet } from '../domain/council-session/canonical-sheet';
import { resultChainProblems } from '../domain/council-session/result-version';
import { sheetKeyId } from '../domain/council-session/sheet-events';
import { issue, type DomainIssue } from '../domain/issues/domain-issue';
import type { RubricSet } from '../domain/rubric/rubric-pack.schema';
import type { Choice } from '../domain/session/session-file.schema';
import type { Archive } from './archive.schema';
import { chainEntries, chainHead } from './chain';
import { MAX_REPORTED } from './check-archive';

interface Folded {
  choices: Record<string, Choice>;
  comment: string;
  seal: string | null;
}

/**
 * Verifies an archive's integrity and points at the first records that break it:
 * - every sealed sheet's seal equals the SHA-256 of its content (its choices and comment) → the sheet was
 *   not edited after sealing;
 * - every sheet equals the fold of its events (the append-only record) → nothing was rewritten;
 * - the result versions of each session form an unbroken chain, and a finalised session's latest version
 *   covers exactly the seals of its sheets;
 * - the head of the archive's hash chain is what its sealed sheets and results give.
 *
 * @example an archive whose sheet choice was edited in a text editor →
 *   [{ key: 'archive.sealMismatch', path: ['tables', 'sheets', 12], params: { session, member, product, round } }]
 */
export function verifyArchive(archive: Archive): DomainIssue[] {
  const found: DomainIssue[] = [];
  const add = (i: DomainIssue) => {
    if (found.length < MAX_REPORTED) found.push(i);
  };
  const t = archive.tables;
  const sessions = new Map(t.sessions.map((s) => [s.id, s]));
  const packs = new Map(archive.packs.map((p) => [`${p.id}@${p.version}`, p]));
  const setOf = (sessionId: string, productId: string): RubricSet | undefined => {
    const session = sessions.get(sessionId);
    const product = session?.products.find((p) => p.productId === productId);
    const pack = session ? packs.get(`${session.pack.id}@${session.pack.version}`) : undefined;
    return pack?.sets.find((s) => s.no === product?.productSet);
  };

  // The append-only events, folded in sequence order (mutably: archives hold millions of events).
  const folded = new Map<string, Folded>();
  const events = [...t.sheetEvents].sort((a, b) => a.sessionId.localeCompare(b.sessionId) || a.seq - b.seq);
  for (const event of events) {
    const key = `${event.sessionId}|${sheetKeyId(event)}`;
    let sheet = folded.get(key);
    if (!sheet) folded.set(key, (sheet = { choices: {}, comment: '', seal: null }));
    if (sheet.seal !== null && event.amendmentId === undefined) continue;
    if (event.type === 'choose' && event.criterionId !== undefined && event.choice !== undefined)
      sheet.choices[event.criterionId] = event.choice;
    else if (event.type === 'clear' && event.criterionId !== undefined) delete sheet.choices[event.criterionId];
    else if (event.type === 'comment') sheet.comment = event.comment ?? '';
    else if (event.type === 'seal') sheet.seal = event.seal ?? null;
  }

  t.sheets.forEach((sheet, index) => {
    const where = ['tables', 'sheets', index];
    const session = sessions.get(sheet.sessionId);
    const params = {
      session: session?.title ?? sheet.sessionId,
      member: session?.members.find((m) => m.memberId === sheet.memberId)?.name ?? sheet.memberId,
      product: session?.products.find((p) => p.productId === sheet.productId)?.name ?? sheet.productId,
      round: sheet.round,
    };
    const fold = folded.get(sheet.id);
    const sameAsEvents =
      fold !== undefined &&
      fold.seal === sheet.seal &&
      fold.comment === sheet.comment &&
      JSON.stringify(Object.entries(fold.choices).sort()) === JSON.stringify(Object.entries(sheet.choices).sort());
    if (!sameAsEvents) add(issue('archive.sheetNotEvents', where, params));
    if (sheet.seal === null || !session) return;
    const set = setOf(sheet.sessionId, sheet.productId);
    if (!set) return;
    const seal = sealSheet(set, {
      sessionId: sheet.sessionId,
      pack: session.pack,
      memberId: sheet.memberId,
      productId: sheet.productId,
      round: sheet.round,
      choices: sheet.choices,
      comment: sheet.comment,
    });
    if (seal !== sheet.seal) add(issue('archive.sealMismatch', where, params));
  });

  const bySession = new Map<string, Archive['tables']['resultVersions'][number][]>();
  for (const version of t.resultVersions)
    bySession.set(version.sessionId, [...(bySession.get(version.sessionId) ?? []), version]);
  for (const [sessionId, versions] of bySession) {
    const ordered = versions.sort((a, b) => a.version - b.version);
    const title = sessions.get(sessionId)?.title ?? sessionId;
    for (const broken of resultChainProblems(ordered)) {
      const index = t.resultVersions.findIndex((v) => v.sessionId === sessionId && v.version === broken);
      add(issue('archive.resultChain', ['tables', 'resultVersions', index], { session: title, version: broken }));
    }
    const latest = ordered[ordered.length - 1];
    const seals = t.sheets
      .filter((s) => s.sessionId === sessionId && s.layer === 'primary' && s.seal !== null)
      .map((s) => s.seal as string)
      .sort();
    if (latest && JSON.stringify(latest.seals) !== JSON.stringify(seals)) {
      add(
        issue('archive.resultSeals', ['tables', 'resultVersions', t.resultVersions.indexOf(latest)], {
          session: title,
          version: latest.version,
        }),
      );
    }
  }

  const chain = chainHead(chainEntries(t));
  if (chain.head !== archive.chain.head || chain.length !== archive.chain.length) {
    add(
      issue('archive.chainHead', ['chain'], {
        expected: (chain.head ?? '').slice(0, 12),
        found: (archive.chain.head ?? '').slice(0, 12),
      }),
    );
  }
  return found;
}
