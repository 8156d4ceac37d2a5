import type { DocumentContext } from '../document-context';
import type { DocumentMember } from '../document-data';
import type { DocumentDefinition } from '../pdf-definition';
import { adminDocument } from '../layout/page';
import { sheetForm, type SheetToPrint } from './sheet-form';

/**
 * One PDF with all of a member's sheets, each starting on a new page; the foot of every page names the
 * member and the product of the sheet on it, and counts the pages, so a pile that falls apart can be put
 * back in order.
 */
export function sheetsDefinition(
  ctx: DocumentContext,
  member: DocumentMember,
  sheets: readonly SheetToPrint[],
  title: string,
): DocumentDefinition {
  const content = sheets.flatMap((sheet, index) => sheetForm(ctx, sheet, index === 0));
  return {
    ...adminDocument(content, { title, date: sheets[0]?.date ?? ctx.date, pageNumbers: false }),
    pageNumbers: {
      from: 1,
      position: 'footer',
      alignment: 'right',
      offset: 22,
      fontSize: 9,
      template: ctx.t('documents.sheet.pageFooter', { name: member.name }),
    },
  };
}
