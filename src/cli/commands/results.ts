import { computeResults } from '../../shared/domain/scoring/compute-results';
import { formatMean, formatNumber } from '../../shared/i18n/format';
import type { CliContext } from '../cli-context';
import { loadSession } from '../load-session';
import { clip, textTable } from '../text-table';

/** `results <session.json> [--json]`: the session's results as a table, or exactly as session-v1.md. */
export function resultsCommand(ctx: CliContext, file: string, json: boolean): void {
  const { session, sets, pack } = loadSession(ctx, file);
  const results = computeResults(session, sets);
  if (json) {
    ctx.io.stdout(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  const { t, language } = ctx;
  const stars = (value: number | null): string => (value === null ? '–' : t('stars', { count: value }));
  const rows = results.products.map((result, index) => {
    const product = session.products[index];
    const parts = result.partMeans;
    return [
      String(index + 1),
      clip(product?.name ?? result.id, 36),
      String(product?.productSet ?? ''),
      result.round === null ? '–' : String(result.round),
      String(Object.keys(result.memberTotals).length),
      result.mean === null ? '–' : formatMean(result.mean, language),
      parts === null ? '–' : [parts.A, parts.B, parts.C].map((v) => formatNumber(v, language)).join(' / '),
      result.spread === null
        ? '–'
        : `${result.spread}${result.spreadFlag ? ` ${t('cli.results.flag', { threshold: session.rules.spreadThreshold })}` : ''}`,
      stars(result.bandStars),
      stars(result.stars),
      t(`status.${result.status}`),
    ];
  });
  const columns = ['no', 'product', 'set', 'round', 'members', 'mean', 'parts', 'spread', 'band', 'stars', 'status'];
  const { quorum } = results;
  const lines = [
    t('cli.results.title', { council: session.council.name }),
    t('cli.results.profile', { profile: t(`profile.${session.profile}`), pack: `${pack.id} (v${pack.version})` }),
    t(quorum.met ? 'cli.results.quorumMet' : 'cli.results.quorumNotMet', {
      present: quorum.present,
      total: quorum.total,
    }),
    '',
    textTable(
      columns.map((c) => t(`cli.results.columns.${c}`)),
      rows,
      new Set([0, 2, 3, 4, 5, 7]),
    ),
  ];
  const notes: string[] = [];
  results.products.forEach((result, index) => {
    const product = session.products[index];
    if (!product) return;
    if (product.disqualified !== null) {
      notes.push(t('cli.results.disqualified', { product: product.name, reason: product.disqualified }));
    }
    if (result.blockingCriteria.length > 0 && result.bandStars !== null && result.stars !== null) {
      const set = pack.sets.find((s) => s.no === product.productSet);
      const criteria = result.blockingCriteria
        .map((id) => {
          const criterion = set?.criteria.find((c) => c.id === id);
          return criterion ? `${id} (${clip(criterion.text, 60)})` : id;
        })
        .join('; ');
      notes.push(
        t('cli.results.blocking', { product: product.name, band: result.bandStars, stars: result.stars, criteria }),
      );
    }
  });
  if (notes.length > 0) lines.push('', ...notes);
  ctx.io.stdout(`${lines.join('\n')}\n`);
}
