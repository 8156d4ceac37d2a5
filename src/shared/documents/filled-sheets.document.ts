import { shortSeal } from '../domain/council-session/canonical-sheet';
import { scoreSheet } from '../domain/scoring/score-sheet';
import type { DocumentContext } from './document-context';
import type { DocumentSheet, SessionDocumentData } from './document-data';
import { memberFileNames } from './file-names';
import type { DocumentDefinition } from './pdf-definition';
import type { SheetMarks } from './score-sheet/criteria-table';
import type { SheetToPrint } from './score-sheet/sheet-form';
import { sheetsDefinition } from './score-sheet/sheets-definition';

/** The ticks, points and totals of a sheet, summed with the same engine as the results. */
function marksOf(data: SessionDocumentData, productSet: number, sheet: DocumentSheet): SheetMarks | null {
  const compiled = data.compiled.get(productSet);
  if (!compiled) return null;
  const score = scoreSheet(compiled, sheet.choices);
  return {
    choices: sheet.choices,
    points: new Map(compiled.criteria.map((c) => [c.id, score.points[c.index] ?? 0])),
    parts: score.parts,
    total: score.total,
  };
}

/**
 * Filled score sheets: for each member, one PDF with every sheet they sealed (every round, product by
 * product), the chosen options ticked, part totals and the total printed, the comment, the round, and
 * the seal's short code so that the paper can be matched with the archive.
 */
export function filledSheetsDocuments(
  data: SessionDocumentData,
  ctx: DocumentContext,
): { fileName: string; definition: DocumentDefinition }[] {
  const productOrder = new Map(data.products.map((p, i) => [p.id, i]));
  const members = data.members.filter((m) => data.sheets.some((s) => s.member === m.id));
  const names = memberFileNames('phieu-cham', members);
  return members.flatMap((member) => {
    const own = data.sheets
      .filter((s) => s.member === member.id)
      .sort((a, b) => (productOrder.get(a.product) ?? 0) - (productOrder.get(b.product) ?? 0) || a.round - b.round);
    const sheets: SheetToPrint[] = own.flatMap((sheet) => {
      const product = data.products.find((p) => p.id === sheet.product);
      const set = product ? data.sets.get(product.productSet) : undefined;
      const marks = product ? marksOf(data, product.productSet, sheet) : null;
      if (!product || !set || !marks) return [];
      return [
        {
          member,
          product,
          set,
          marks,
          round: sheet.round,
          comment: sheet.comment,
          seal: sheet.seal ? shortSeal(sheet.seal) : null,
          date: data.session.date,
        },
      ];
    });
    if (sheets.length === 0) return [];
    return [
      {
        fileName: names.get(member.id) ?? `phieu-cham-${member.id}.pdf`,
        definition: sheetsDefinition(ctx, member, sheets, ctx.t('documents.sheet.filledTitle', { name: member.name })),
      },
    ];
  });
}
