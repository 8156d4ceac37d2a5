import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils';
import { z } from 'zod';
import { issue, type DomainIssue } from '../issues/domain-issue';
import { issuesFromZod } from '../issues/from-zod';
import type { RubricSet } from '../rubric/rubric-pack.schema';
import { choiceSchema, type Choice } from '../session/session-file.schema';
import { sealSheet } from './canonical-sheet';
import { scoringMembersOf } from './session-progress';
import type { CouncilSession } from './session.schema';

/** A member's sealed sheets, carried from their own laptop to the secretary's (e.g. on a USB stick). */
export const SHEET_PACKET_FORMAT = 'ocop-council/sheet-packet@1';

const packetSheetSchema = z.strictObject({
  product: z.string().min(1).max(100),
  round: z.number().int().min(1).max(99),
  choices: z.record(z.string().min(1).max(40), choiceSchema),
  comment: z.string().max(4000),
  seal: z.string().regex(/^[0-9a-f]{64}$/),
  sealedAt: z.string().min(1).max(40),
});

export const sheetPacketSchema = z.strictObject({
  format: z.literal(SHEET_PACKET_FORMAT),
  session: z.strictObject({ id: z.string().min(1).max(100), title: z.string().max(300) }),
  member: z.strictObject({ id: z.string().min(1).max(100), name: z.string().max(120) }),
  pack: z.strictObject({ id: z.string().min(1).max(40), version: z.number().int().min(1) }),
  exportedAt: z.string().min(1).max(40),
  sheets: z.array(packetSheetSchema).min(1).max(2000),
  /** HMAC-SHA256 of the packet's canonical text with the member's packet key (hex). */
  mac: z.string().regex(/^[0-9a-f]{64}$/),
});

export type SheetPacket = z.infer<typeof sheetPacketSchema>;
export type PacketSheet = z.infer<typeof packetSheetSchema>;

/** The canonical text a packet's MAC covers: every field but the MAC, in a fixed order. */
function packetText(packet: Omit<SheetPacket, 'mac'>): string {
  return JSON.stringify([
    packet.format,
    packet.session.id,
    packet.member.id,
    `${packet.pack.id}@${packet.pack.version}`,
    packet.exportedAt,
    packet.sheets.map((s) => [s.product, s.round, s.seal, s.sealedAt]),
  ]);
}

/** HMAC-SHA256 of a text with a hex key. */
export function macHex(keyHex: string, text: string): string {
  return bytesToHex(hmac(sha256, hexToBytes(keyHex), utf8ToBytes(text)));
}

/** Builds the packet a member's laptop exports: their sealed sheets, authenticated with their key. */
export function createSheetPacket(
  session: Pick<CouncilSession, 'id' | 'title' | 'pack'>,
  member: { id: string; name: string; packetKey: string },
  sheets: readonly PacketSheet[],
  exportedAt: string,
): SheetPacket {
  const body: Omit<SheetPacket, 'mac'> = {
    format: SHEET_PACKET_FORMAT,
    session: { id: session.id, title: session.title },
    member: { id: member.id, name: member.name },
    pack: { ...session.pack },
    exportedAt,
    sheets: [...sheets],
  };
  return { ...body, mac: macHex(member.packetKey, packetText(body)) };
}

export type PacketCheck =
  { ok: true; packet: SheetPacket; sheets: readonly PacketSheet[] } | { ok: false; issues: DomainIssue[] };

/**
 * Checks a packet against the session it claims to belong to: the session, a scoring member, the MAC
 * with that member's key (a packet altered after export is refused), then each sheet: a product the member
 * scores, a round that exists, every criterion answered, and a seal that matches its content.
 */
export function checkSheetPacket(
  input: unknown,
  session: CouncilSession,
  setOf: (productSet: number) => Pick<RubricSet, 'criteria'> | undefined,
): PacketCheck {
  const parsed = sheetPacketSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const packet = parsed.data;
  if (packet.session.id !== session.id) {
    return { ok: false, issues: [issue('session.packet.otherSession', ['session'], { title: packet.session.title })] };
  }
  const member = session.members.find((m) => m.memberId === packet.member.id);
  if (!member)
    return { ok: false, issues: [issue('session.packet.unknownMember', ['member'], { name: packet.member.name })] };
  const { mac, ...body } = packet;
  if (macHex(member.packetKey, packetText(body)) !== mac) {
    return { ok: false, issues: [issue('session.packet.tampered', ['mac'], { name: member.name })] };
  }
  const issues: DomainIssue[] = [];
  packet.sheets.forEach((sheet, index) => {
    const at = ['sheets', index];
    const product = session.products.find((p) => p.productId === sheet.product);
    if (!product) {
      issues.push(issue('session.packet.unknownProduct', [...at, 'product'], { id: sheet.product }));
      return;
    }
    if (!scoringMembersOf(session, product).includes(member.memberId)) {
      issues.push(issue('session.packet.notScoring', at, { name: member.name, product: product.name }));
      return;
    }
    if (sheet.round > product.round) {
      issues.push(issue('session.packet.futureRound', [...at, 'round'], { product: product.name, round: sheet.round }));
      return;
    }
    const set = setOf(product.productSet);
    const missing = set?.criteria.filter((c) => !Object.hasOwn(sheet.choices, c.id)).length ?? 0;
    if (!set || missing > 0) {
      issues.push(issue('session.packet.incomplete', at, { product: product.name, missing }));
      return;
    }
    const expected = sealSheet(set, {
      sessionId: session.id,
      pack: session.pack,
      memberId: member.memberId,
      productId: product.productId,
      round: sheet.round,
      choices: sheet.choices,
      comment: sheet.comment,
    });
    if (expected !== sheet.seal) issues.push(issue('session.packet.badSeal', at, { product: product.name }));
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, packet, sheets: packet.sheets };
}

/** The choices of a packet sheet in form order (for events). */
export function orderedChoices(
  set: Pick<RubricSet, 'criteria'>,
  choices: Readonly<Record<string, Choice>>,
): [string, Choice][] {
  return set.criteria.map((c) => [c.id, choices[c.id] ?? null]);
}
