import { sealSheet } from '../domain/council-session/canonical-sheet';
import { resultChainProblems } from '../domain/council-session/result-version';
import { issue, type DomainIssue } from '../domain/issues/domain-issue';
import type { RubricSet } from '../domain/rubric/rubric-pack.schema';
import type { Choice } from '../domain/session/session-file.schema';
import type { SheetLogEvent } from '../domain/council-session/sheet-events';
import type { Archive } from './archive.schema';
import { chainEntries, chainHead } from './chain';
import { MAX_REPORTED } from './check-archive';

interface Folded {
  choices: Record<string, Choice>;
  comment: string;
  seal: string | null;
}

/** A lookup by key that answers as `list.find` would: the first item with that key. */
function firstBy<T, K, V>(list: readonly T[], key: (item: T) => K, value: (item: T) => V): Map<K, V> {
  const map = new Map<K, V>();
  for (const item of list) if (!map.has(key(item))) map.set(key(item), value(item));
  return map;
}

/** A log's events in sequence order (stable: equal sequences keep the log's order; usually already in order). */
function inSequence(events: readonly SheetLogEvent[]): readonly SheetLogEvent[] {
  for (let i = 1; i < events.length; i += 1) {
    if ((events[i - 1]?.seq ?? 0) > (events[i]?.seq ?? 0)) return [...events].sort((a, b) => a.seq - b.seq);
  }
  return events;
}

/** Whether two sheets' choices are equal: their entries, sorted, give the same JSON. */
function sameChoices(a: Readonly<Record<string, Choice>>, b: Readonly<Record<string, Choice>>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    // Entries sort by their text `key,value`: only a comma in a key can make that order depend on values.
    if (key.includes(',')) return sortedEntries(a) === sortedEntries(b);
    if (!Object.hasOwn(b, key) || JSON.stringify(a[key]) !== JSON.stringify(b[key])) return false;
  }
  return true;
}

const sortedEntries = (choices: Readonly<Record<string, Choice>>) => JSON.stringify(Object.entries(choices).sort());

/**
 * Verifies an archive's integrity and points at the first records that break it:
 * - every sealed sheet's seal equals the SHA-256 of its content (its choices and comment) → the sheet was
 *   not edited after sealing;
 * - every sheet equals the fold of its log's events (the append-only record) → nothing was rewritten;
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
  // Looked up once per session: the sheets are many (36,000 in a province's archive), the sessions few.
  const lookups = new Map(
    t.sessions.map((session) => {
      const pack = packs.get(`${session.pack.id}@${session.pack.version}`);
      const sets = firstBy(
        pack?.sets ?? [],
        (set) => set.no,
        (set) => set,
      );
      return [
        session.id,
        {
          members: firstBy(
            session.members,
            (m) => m.memberId,
            (m) => m.name,
          ),
          products: firstBy(
            session.products,
            (p) => p.productId,
            (p) => ({ name: p.name, set: sets.get(p.productSet) }),
          ),
        },
      ];
    }),
  );
  const setOf = (sessionId: string, productId: string): RubricSet | undefined =>
    lookups.get(sessionId)?.products.get(productId)?.set;

  // Each sheet's append-only log, folded in sequence order (mutably: archives hold millions of events),
  // keyed by the sheet's record id (`sheetRecordId`) as the log's own key fields give it.
  const folded = new Map<string, Folded>();
  for (const log of t.sheetLogs) {
    const key = `${log.sessionId}|${log.memberId}|${log.productId}|${log.round}|${log.layer}`;
    let sheet = folded.get(key);
    if (!sheet) folded.set(key, (sheet = { choices: {}, comment: '', seal: null }));
    const events = inSequence(log.events);
    for (const event of events) {
      if (sheet.seal !== null && event.amendmentId === undefined) continue;
      if (event.type === 'choose' && event.criterionId !== undefined && event.choice !== undefined)
        sheet.choices[event.criterionId] = event.choice;
      else if (event.type === 'clear' && event.criterionId !== undefined) delete sheet.choices[event.criterionId];
      else if (event.type === 'comment') sheet.comment = event.comment ?? '';
      else if (event.type === 'seal') sheet.seal = event.seal ?? null;
    }
  }

  t.sheets.forEach((sheet, index) => {
    const session = sessions.get(sheet.sessionId);
    const names = lookups.get(sheet.sessionId);
    // Named only when something is reported.
    const report = (key: string) =>
      add(
        issue(key, ['tables', 'sheets', index], {
          session: session?.title ?? sheet.sessionId,
          member: names?.members.get(sheet.memberId) ?? sheet.memberId,
          product: names?.products.get(sheet.productId)?.name ?? sheet.productId,
          round: sheet.round,
        }),
      );
    const fold = folded.get(sheet.id);
    const sameAsEvents =
      fold !== undefined &&
      fold.seal === sheet.seal &&
      fold.comment === sheet.comment &&
      sameChoices(fold.choices, sheet.choices);
    if (!sameAsEvents) report('archive.sheetNotEvents');
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
    if (seal !== sheet.seal) report('archive.sealMismatch');
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
