import type { Content, StackNode } from '../pdf-definition';
import { contentWidth } from './page';
import { fittingFontSize } from './text-width';

export interface SignatureBlock {
  /** "TM. HỘI ĐỒNG" (on behalf of), optional. */
  readonly onBehalf?: string | undefined;
  /** "CHỦ TỊCH", "THƯ KÝ". */
  readonly role: string;
  /** "(Ký, ghi rõ họ tên)" or "(Ký tên, đóng dấu)". */
  readonly hint?: string | undefined;
  readonly name: string;
}

const NAME_SIZE = 13;
const NAME_MIN = 11;
const GAP = 12;

/**
 * The signer's name under the space to sign: 13 pt bold, smaller (down to 11 pt) when a long name with
 * its degrees ("PGS.TS. Nguyễn Hoàng Phương Thảo Nguyên") would otherwise break over two lines.
 */
export function signatureName(name: string, width: number, top = 60): Content {
  const fontSize = fittingFontSize(name, width, NAME_SIZE, NAME_MIN, true);
  return { text: name, style: 'signatureName', margin: [0, top, 0, 0], ...(fontSize < NAME_SIZE ? { fontSize } : {}) };
}

function block(signature: SignatureBlock, width: number): StackNode {
  return {
    stack: [
      ...(signature.onBehalf ? [{ text: signature.onBehalf.toUpperCase(), style: 'signatureRole' }] : []),
      { text: signature.role.toUpperCase(), style: 'signatureRole' },
      ...(signature.hint ? [{ text: signature.hint, style: 'signatureHint' }] : []),
      signatureName(signature.name, width),
    ],
    unbreakable: true,
  };
}

/**
 * Signature blocks side by side (one: on the right, as ND 30/2020 places the signer; two: left and
 * right, e.g. the secretary and the chair under minutes). Kept on one page, and with `keepWith` (the
 * document's last paragraph) when given, so that a signature never stands alone on the last page.
 * `width`: the width between the margins (portrait A4 by default).
 */
export function signatures(
  blocks: readonly SignatureBlock[],
  left: Content | null = null,
  options: { keepWith?: Content; width?: number } = {},
): Content {
  const width = options.width ?? contentWidth('portrait');
  const row: Content =
    blocks.length === 1 && blocks[0]
      ? {
          columns: [
            { width: '45%', stack: left ? [left] : [] },
            { width: '55%', ...block(blocks[0], width * 0.55) },
          ],
          margin: [0, 16, 0, 0],
          unbreakable: true,
        }
      : {
          columns: blocks.map((b) => ({
            width: '*',
            ...block(b, (width - GAP * (blocks.length - 1)) / Math.max(1, blocks.length)),
          })),
          columnGap: GAP,
          margin: [0, 16, 0, 0],
          unbreakable: true,
        };
  return options.keepWith === undefined ? row : { stack: [options.keepWith, row], unbreakable: true };
}
