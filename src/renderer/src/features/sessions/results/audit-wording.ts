import { shortSeal } from '../../../../../shared/domain/council-session/canonical-sheet';
import type { CouncilSession } from '../../../../../shared/domain/council-session/session.schema';
import type { Translate } from '../../../../../shared/i18n/messages';
import type { SessionEventRecord } from '../../../db/records';

/** The audit entry types the session repositories write, in the order a session meets them. */
export const AUDIT_TYPES = [
  'created',
  'imported',
  'kit-imported',
  'attendance',
  'pin',
  'conflict',
  'conflict-withdrawn',
  'disqualified',
  'started',
  'sheet-sealed',
  'packet-imported',
  'revealed',
  'scoring-resumed',
  'rescore-opened',
  'confirmed',
  'finalised',
  'exported',
  'sheet-amended',
  'amended',
] as const;
export type AuditType = (typeof AUDIT_TYPES)[number];

export function isAuditType(type: string): type is AuditType {
  return (AUDIT_TYPES as readonly string[]).includes(type);
}

/** Names for the ids an audit entry holds: members (and the secretary's 'secretary'), products. */
export interface AuditNames {
  readonly member: (id: string) => string;
  readonly product: (id: string) => string;
  /** The reason a product was excluded, when the session holds one. */
  readonly disqualifiedReason?: (productId: string) => string | null;
}

type AuditEntry = Pick<SessionEventRecord, 'actor' | 'type' | 'data'>;

const SOURCES = new Set(['secretary', 'verifier', 'packet', 'import', 'amendment']);

function text(value: string | number | boolean | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

function count(value: string | number | boolean | null | undefined): number {
  return typeof value === 'number' ? value : Number(value ?? 0) || 0;
}

function sealOf(value: string | number | boolean | null | undefined): string {
  const hex = text(value);
  return /^[0-9a-f]{12,}$/.test(hex) ? shortSeal(hex) : hex;
}

/** Every field of an entry as "key: value" (for entry types this version does not know). */
function dataText(data: AuditEntry['data']): string {
  return Object.entries(data)
    .map(([key, value]) => `${key}: ${text(value)}`)
    .join(', ');
}

/**
 * One audit entry as a sentence in the user's language, who first: names instead of ids, seals and hashes
 * in their short form (3f2a-91c0-7be4), how a sheet arrived when someone other than its member sealed it.
 *
 * @example { actor: 'm1', type: 'sheet-sealed', data: { member: 'm1', product: 'p1', round: 1, source: 'member',
 *   seal: '3f2a91c07be4' } } → "Nguyễn Văn A niêm phong phiếu sản phẩm Chè Shan tuyết (vòng 1), mã 3f2a-91c0-7be4"
 */
export function describeAuditEvent(entry: AuditEntry, names: AuditNames, t: Translate): string {
  const { data } = entry;
  const actor = names.member(entry.actor);
  const member = names.member(text(data['member']));
  const product = names.product(text(data['product']));
  const key = (name: string) => `sessions.history.event.${name}`;
  switch (entry.type) {
    case 'created':
      return t(key('created'), { actor, products: count(data['products']), members: count(data['members']) });
    case 'imported':
      return t(key('imported'), { actor, sheets: count(data['sheets']) });
    case 'kit-imported':
      return t(key('kitImported'), { actor });
    case 'attendance':
      return t(key(data['present'] === true ? 'present' : 'absent'), { actor, member });
    case 'pin':
      return t(key(data['set'] === true ? 'pinSet' : 'pinRemoved'), { actor, member });
    case 'conflict':
      return t(key('conflict'), { actor, member, product });
    case 'conflict-withdrawn':
      return t(key('conflictWithdrawn'), { actor, member, product });
    case 'disqualified': {
      const reason = names.disqualifiedReason?.(text(data['product'])) ?? null;
      return reason
        ? t(key('disqualifiedReason'), { actor, product, reason })
        : t(key('disqualified'), { actor, product });
    }
    case 'started':
      return t(key('started'), { actor });
    case 'sheet-sealed':
    case 'sheet-amended': {
      const own = text(data['member']) === entry.actor;
      const name = entry.type === 'sheet-amended' ? 'sheetAmended' : own ? 'sheetSealed' : 'sheetSealedFor';
      const sentence = t(key(name), {
        actor,
        member,
        product,
        round: count(data['round']),
        seal: sealOf(data['seal']),
      });
      const source = text(data['source']);
      return SOURCES.has(source) && entry.type === 'sheet-sealed'
        ? `${sentence} (${t(`sessions.history.source.${source}`)})`
        : sentence;
    }
    case 'packet-imported':
      return t(key('packetImported'), {
        member: text(data['member']) || actor,
        added: count(data['added']),
        duplicates: count(data['duplicates']),
      });
    case 'revealed':
      return t(key(data['early'] === true ? 'revealedEarly' : 'revealed'), { actor });
    case 'scoring-resumed':
      return t(key('scoringResumed'), { actor });
    case 'rescore-opened': {
      const products = text(data['products'])
        .split(',')
        .filter((id) => id !== '')
        .map((id) => names.product(id))
        .join(', ');
      return t(key('rescoreOpened'), { actor, products });
    }
    case 'confirmed':
      return t(key('confirmed'), { actor });
    case 'finalised':
      return t(key('finalised'), { actor, version: count(data['version']), hash: sealOf(data['hash']) });
    case 'exported':
      return t(key('exported'), { actor, sheets: count(data['sheets']) });
    case 'amended':
      return t(key('amended'), {
        actor,
        version: count(data['version']),
        reason: text(data['reason']),
        hash: sealOf(data['hash']),
      });
    default:
      return t(key('other'), { actor, type: entry.type, data: dataText(data) });
  }
}

/** Names for the log: the session's members, "Thư ký" for the laptop's operator, its products. */
export function auditNames(session: CouncilSession, secretary: string, unknown: (id: string) => string): AuditNames {
  const members = new Map(session.members.map((m) => [m.memberId, m.name]));
  const products = new Map(session.products.map((p) => [p.productId, p]));
  return {
    member: (id) => (id === 'secretary' ? secretary : (members.get(id) ?? (id === '' ? '' : unknown(id)))),
    product: (id) => products.get(id)?.name ?? id,
    disqualifiedReason: (id) => products.get(id)?.disqualified ?? null,
  };
}

/** The types present in a log with their counts, in the order a session meets them (unknown ones last). */
export function typeCounts(events: readonly Pick<SessionEventRecord, 'type'>[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
  const known = AUDIT_TYPES.filter((type) => counts.has(type));
  const other = [...counts.keys()].filter((type) => !isAuditType(type)).sort();
  return [...known, ...other].map((type) => [type, counts.get(type) ?? 0]);
}
