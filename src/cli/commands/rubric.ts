import { setTotalPoints } from '../../shared/domain/rubric/pack-summary';
import type { RubricCriterion, RubricOption } from '../../shared/domain/rubric/rubric-pack.schema';
import { formatDate } from '../../shared/i18n/format';
import { CliInputError, type CliContext } from '../cli-context';

/** The pack `rubric show` uses when none is named: the regulation in force. */
export const DEFAULT_SHOW_PACK = '26/2026';

/** `rubric list`: every pack (newest version) with its product sets. */
export function rubricListCommand(ctx: CliContext): void {
  const { t, language } = ctx;
  const lines: string[] = [];
  for (const pack of ctx.packs.latest()) {
    const effective = pack.effectiveTo
      ? t('rubric.effectiveRange', {
          from: formatDate(pack.effectiveFrom, language),
          to: formatDate(pack.effectiveTo, language),
        })
      : t('rubric.effectiveFrom', { from: formatDate(pack.effectiveFrom, language) });
    lines.push(t('cli.rubricList.pack', { id: pack.id, version: pack.version, title: pack.title }));
    lines.push(t('cli.rubricList.basis', { basis: pack.legalBasis.document, effective }));
    for (const set of pack.sets) {
      const line = t('cli.rubricList.set', {
        no: set.no,
        name: set.name,
        criteria: set.criteria.length,
        points: setTotalPoints(set),
      });
      lines.push(set.complete ? line : line + t('cli.rubricList.incomplete'));
    }
    lines.push('');
  }
  ctx.io.stdout(`${lines.join('\n')}`);
}

function packOrFail(ctx: CliContext, id: string) {
  const pack = ctx.packs.get(id);
  if (pack) return pack;
  const packs = ctx.packs
    .latest()
    .map((p) => p.id)
    .join(', ');
  throw new CliInputError([ctx.t('cli.unknownPack', { pack: id, packs })]);
}

function optionLines(ctx: CliContext, options: readonly RubricOption[]): string[] {
  return options.map((option, index) => {
    const marker = option.marker ? ` ${'*'.repeat(option.marker)}` : '';
    return ctx.t('cli.rubricShow.option', { index, points: option.points, text: option.text }) + marker;
  });
}

function criterionLines(ctx: CliContext, criterion: RubricCriterion): string[] {
  const lines = [
    ctx.t('cli.rubricShow.criterion', { id: criterion.id, text: criterion.text, max: criterion.maxPoints }),
  ];
  if (criterion.options) lines.push(...optionLines(ctx, criterion.options));
  for (const variant of criterion.variants ?? []) {
    lines.push(ctx.t('cli.rubricShow.variant', { id: variant.id, text: variant.text }));
    lines.push(...optionLines(ctx, variant.options).map((line) => `  ${line}`));
  }
  lines.push(ctx.t('cli.rubricShow.none'));
  return lines;
}

/** `rubric show <set> [--pack <id>] [--json]`: one product set's form, as text or in the pack's JSON form. */
export function rubricShowCommand(ctx: CliContext, setArg: string, packId: string, json: boolean): void {
  const pack = packOrFail(ctx, packId);
  const set = /^\d+$/.test(setArg) ? pack.sets.find((s) => s.no === Number(setArg)) : undefined;
  if (!set) throw new CliInputError([ctx.t('cli.unknownSet', { pack: pack.id, set: setArg })]);
  if (json) {
    ctx.io.stdout(`${JSON.stringify(set, null, 2)}\n`);
    return;
  }
  const lines = [ctx.t('cli.rubricShow.title', { pack: `${pack.id} (v${pack.version})`, no: set.no, name: set.name })];
  if (!set.complete) lines.push(ctx.t('cli.rubricShow.incomplete', { gap: set.notes.join(' ') }));
  for (const part of pack.parts) {
    lines.push('', ctx.t('rubric.partHeading', { part: part.part, name: part.name, points: part.maxPoints }));
    for (const section of set.sections.filter((s) => s.part === part.part)) {
      lines.push(
        `  ${ctx.t('rubric.sectionHeading', { id: section.id, title: section.title })} (${section.maxPoints})`,
      );
      const criteria = set.criteria.filter((c) => c.part === part.part && c.sectionId === section.id);
      for (const criterion of criteria) lines.push(...criterionLines(ctx, criterion).map((line) => `  ${line}`));
    }
  }
  ctx.io.stdout(`${lines.join('\n')}\n`);
}
