import type { CouncilSession } from '../../../../../shared/domain/council-session/session.schema';

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/**
 * Who a packet file says it comes from: the session's name for that member, else the name the file
 * carries, else "?".
 *
 * @example packetSender({ member: { id: 'm4', name: 'x' } }, session) === 'Lò Thị Hoa' (m4 in the session)
 */
export function packetSender(packet: unknown, session: Pick<CouncilSession, 'members'>): string {
  const member = field(packet, 'member');
  const id = text(field(member, 'id'));
  return session.members.find((m) => m.memberId === id)?.name ?? text(field(member, 'name')) ?? '?';
}

/**
 * A packet file as the issue messages read it: each sheet with the sender's name and the product's name
 * (a packet's sheets carry only the product id), so "phiếu số 2 (thành viên Lò Thị Hoa, sản phẩm Chè…)".
 */
export function packetSource(packet: unknown, session: Pick<CouncilSession, 'members' | 'products'>): unknown {
  const sheets = field(packet, 'sheets');
  if (!Array.isArray(sheets)) return null;
  const member = packetSender(packet, session);
  return {
    sheets: sheets.map((sheet: unknown) => {
      const productId = text(field(sheet, 'product'));
      const product = session.products.find((p) => p.productId === productId)?.name ?? productId ?? '?';
      return { member, product, round: text(field(sheet, 'round')) ?? '?' };
    }),
  };
}
