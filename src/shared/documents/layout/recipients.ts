import type { Content } from '../pdf-definition';
import type { DocumentContext } from '../document-context';

/** "Nơi nhận:" with its list ("- …;", the last "- Lưu: VT."), bottom left under ND 30/2020. */
export function recipients(ctx: DocumentContext, names: readonly string[]): Content {
  const lines = [...names, ctx.t('documents.common.archiveCopy')];
  return {
    stack: [
      { text: ctx.t('documents.common.recipients'), style: 'recipientsHead' },
      ...lines.map((name, index) => ({
        text: `- ${name}${index === lines.length - 1 ? '.' : ';'}`,
        style: 'recipients',
      })),
    ],
  };
}
