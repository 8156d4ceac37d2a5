import type { DocumentContext } from './document-context';
import type { SessionDocumentData } from './document-data';
import { memberFileNames } from './file-names';
import type { DocumentDefinition } from './pdf-definition';
import type { SheetToPrint } from './score-sheet/sheet-form';
import { sheetsDefinition } from './score-sheet/sheets-definition';

/** The members who get sheets: present and scoring (the secretary usually does not score). */
export function scoringMembers(data: SessionDocumentData): SessionDocumentData['members'] {
  return data.members.filter((m) => m.present && m.scores);
}

/**
 * Blank score sheets for a paper session: for each scoring member, one PDF with a sheet per product
 * they score (not the products they are recused from, nor excluded ones), header filled in, every
 * option a tick box, comment lines, place, date and signature.
 */
export function blankSheetsDocuments(
  data: SessionDocumentData,
  ctx: DocumentContext,
): { fileName: string; definition: DocumentDefinition }[] {
  const members = scoringMembers(data);
  const names = memberFileNames('phieu-cham-trong', members);
  return members.flatMap((member) => {
    const sheets: SheetToPrint[] = data.products.flatMap((product) => {
      const set = data.sets.get(product.productSet);
      if (!set || product.disqualified !== null || product.recused.includes(member.id)) return [];
      return [{ member, product, set, marks: null, round: null, comment: '', seal: null, date: data.session.date }];
    });
    if (sheets.length === 0) return [];
    return [
      {
        fileName: names.get(member.id) ?? `phieu-cham-trong-${member.id}.pdf`,
        definition: sheetsDefinition(ctx, member, sheets, ctx.t('documents.sheet.blankTitle', { name: member.name })),
      },
    ];
  });
}
