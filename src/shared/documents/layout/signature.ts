import type { Content, StackNode } from '../pdf-definition';

export interface SignatureBlock {
  /** "TM. HỘI ĐỒNG" (on behalf of), optional. */
  readonly onBehalf?: string | undefined;
  /** "CHỦ TỊCH", "THƯ KÝ". */
  readonly role: string;
  /** "(Ký, ghi rõ họ tên)" or "(Ký tên, đóng dấu)". */
  readonly hint?: string | undefined;
  readonly name: string;
}

function block(signature: SignatureBlock): StackNode {
  return {
    stack: [
      ...(signature.onBehalf ? [{ text: signature.onBehalf.toUpperCase(), style: 'signatureRole' }] : []),
      { text: signature.role.toUpperCase(), style: 'signatureRole' },
      ...(signature.hint ? [{ text: signature.hint, style: 'signatureHint' }] : []),
      { text: signature.name, style: 'signatureName', margin: [0, 60, 0, 0] },
    ],
    unbreakable: true,
  };
}

/**
 * Signature blocks side by side (one: on the right, as ND 30/2020 places the signer; two: left and
 * right, e.g. the secretary and the chair under minutes). Kept on one page.
 */
export function signatures(blocks: readonly SignatureBlock[], left: Content | null = null): Content {
  if (blocks.length === 1 && blocks[0]) {
    return {
      columns: [
        { width: '45%', stack: left ? [left] : [] },
        { width: '55%', ...block(blocks[0]) },
      ],
      margin: [0, 16, 0, 0],
      unbreakable: true,
    };
  }
  return {
    columns: blocks.map((b) => ({ width: '*', ...block(b) })),
    columnGap: 12,
    margin: [0, 16, 0, 0],
    unbreakable: true,
  };
}
