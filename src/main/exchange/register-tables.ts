import type { ExportData } from '../../shared/domain/exchange/export-data';
import {
  headerText,
  PRODUCER_COLUMNS,
  PRODUCER_TYPE_WORDS,
  PRODUCT_COLUMNS,
  SEX_WORDS,
  SHEET_NAMES,
} from '../../shared/domain/exchange/template-format';
import type { Council } from '../../shared/domain/workspace/council.schema';
import type { Producer } from '../../shared/domain/workspace/producer.schema';
import { formatDate, formatNumber } from '../../shared/i18n/format';
import type { Translate } from '../../shared/i18n/messages';
import type { TableSpec } from './export-table';

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'vi');

export function yesNo(t: Translate, value: boolean): string {
  return t(value ? 'exchange.file.value.yes' : 'exchange.file.value.no');
}

/** The council's settings as item / value pairs (its rules of procedure, signers, decision). */
export function councilTable(t: Translate, council: Council | null, today: string): TableSpec {
  const c = (key: string) => t(`exchange.file.council.${key}`);
  const rows: [string, string | number][] = [];
  if (council === null) rows.push([c('none'), '']);
  else {
    rows.push(
      [c('councilName'), council.councilName],
      [c('level'), t(`exchange.file.value.level.${council.level}`)],
      [c('unitName'), council.unitName],
      [c('authority'), council.authority],
      [c('profile'), t(`profile.${council.profile}`)],
      [c('decisionNumber'), council.establishingDecision.number],
      [c('decisionDate'), formatDate(council.establishingDecision.date, 'vi')],
      [c('quorum'), `${formatNumber(council.rules.quorumFraction * 100, 'vi', 0)} %`],
      [c('chairRequired'), yesNo(t, council.rules.chairRequired)],
      [c('spreadThreshold'), council.rules.spreadThreshold],
      [c('markerRule'), t(`exchange.file.value.markerRule.${council.rules.markerRule}`)],
      [c('placeName'), council.placeName],
      [c('helperGroupName'), council.helperGroupName],
      ...council.signers.map((signer): [string, string] => [
        t('exchange.file.council.signer', { title: signer.title }),
        signer.name,
      ]),
      [c('notes'), council.notes],
    );
  }
  rows.push([c('exportedOn'), formatDate(today, 'vi')]);
  return {
    name: t('exchange.register.council'),
    columns: [
      { header: c('item'), width: 44 },
      { header: c('value'), width: 70, kind: 'long-text' },
    ],
    rows,
  };
}

export function membersTable(t: Translate, data: ExportData): TableSpec {
  const m = (key: string) => t(`exchange.file.members.${key}`);
  const helperGroup = data.council?.helperGroupName ?? t('exchange.file.value.helperGroup');
  const members = [...data.members].sort(
    (a, b) => (a.body === b.body ? 0 : a.body === 'council' ? -1 : 1) || byName(a, b),
  );
  return {
    name: t('exchange.register.members'),
    columns: [
      { header: m('name'), width: 28 },
      { header: m('body'), width: 16 },
      { header: m('role'), width: 16 },
      { header: m('title'), width: 32 },
      { header: m('organisation'), width: 32 },
      { header: m('scores'), width: 11 },
      { header: m('phone'), width: 15 },
      { header: m('activeFrom'), width: 12, kind: 'date' },
      { header: m('activeTo'), width: 12, kind: 'date' },
    ],
    rows: members.map((member) => [
      member.name,
      member.body === 'council' ? t('exchange.register.council') : helperGroup,
      member.body === 'council' ? t(`role.${member.role}`) : t(`exchange.file.value.helperRole.${member.role}`),
      member.title,
      member.organisation,
      yesNo(t, member.scores),
      member.phone,
      member.activeFrom,
      member.activeTo,
    ]),
  };
}

/** Producers with the import template's columns, so an export can be imported into another workspace. */
export function producersTable(data: ExportData): TableSpec {
  return {
    name: SHEET_NAMES.producers,
    columns: PRODUCER_COLUMNS.map((column) => ({ header: headerText(column), width: column.width })),
    rows: [...data.producers]
      .sort(byName)
      .map((p) => [
        p.name,
        PRODUCER_TYPE_WORDS[p.type][0] ?? p.type,
        p.representative.name,
        SEX_WORDS[p.representative.sex][0] ?? p.representative.sex,
        p.representative.ethnicity,
        p.address,
        p.communeCode,
        p.phone,
        p.registrationNumber,
      ]),
  };
}

/** Products with the template's columns (the producer by name), then the producer's registration number. */
export function productsTable(t: Translate, data: ExportData): TableSpec {
  const producers = new Map<string, Producer>(data.producers.map((p) => [p.id, p]));
  return {
    name: SHEET_NAMES.products,
    columns: [
      ...PRODUCT_COLUMNS.map((column) => ({
        header: headerText(column),
        width: column.width,
        kind:
          column.id === 'description'
            ? ('long-text' as const)
            : column.id === 'productSet'
              ? ('number' as const)
              : ('text' as const),
      })),
      { header: t('exchange.file.products.registrationNumber'), width: 24 },
    ],
    rows: [...data.products].sort(byName).map((product) => {
      const producer = producers.get(product.producerId);
      return [
        product.name,
        product.productSet,
        producer?.name ?? '',
        product.code,
        product.description,
        producer?.registrationNumber ?? '',
      ];
    }),
  };
}

export function roundsTable(t: Translate, data: ExportData): TableSpec {
  const r = (key: string) => t(`exchange.file.rounds.${key}`);
  return {
    name: t('exchange.register.rounds'),
    columns: [
      { header: r('year'), width: 8, kind: 'number' },
      { header: r('number'), width: 8, kind: 'number' },
      { header: r('profile'), width: 44 },
      { header: r('deadline'), width: 16, kind: 'date' },
      { header: r('dossiersBy'), width: 16, kind: 'date' },
      { header: r('status'), width: 14 },
    ],
    rows: [...data.rounds]
      .sort((a, b) => a.year - b.year || a.number - b.number)
      .map((round) => [
        round.year,
        round.number,
        t(`profile.${round.profile}`),
        round.deadline,
        round.dossiersBy,
        t(`exchange.file.value.roundStatus.${round.status}`),
      ]),
  };
}

export function planTable(t: Translate, data: ExportData): TableSpec {
  const p = (key: string) => t(`exchange.file.planTargets.${key}`);
  return {
    name: t('exchange.register.planTargets'),
    columns: [
      { header: p('year'), width: 8, kind: 'number' },
      { header: p('firstEvaluations'), width: 18, kind: 'number' },
      { header: p('upgrades'), width: 12, kind: 'number' },
      { header: p('reEvaluations'), width: 14, kind: 'number' },
    ],
    rows: [...data.planTargets]
      .sort((a, b) => a.year - b.year)
      .map((plan) => [plan.year, plan.firstEvaluations, plan.upgrades, plan.reEvaluations]),
  };
}
