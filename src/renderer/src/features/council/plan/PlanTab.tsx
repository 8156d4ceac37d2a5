import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Council } from '../../../../../shared/domain/workspace/council.schema';
import { setupYear } from '../../../../../shared/domain/workspace/council-setup';
import { useLoad } from '../../../app/use-load';
import { useWorkspace } from '../../../app/workspace-context';
import { Notice } from '../../../components/Notice';
import { PlanForm } from './PlanForm';

/** The year the plan tab opens on: the latest year with a plan or rounds, else the council's working year. */
async function latestYear(years: () => Promise<number[]>, roundYears: () => Promise<number[]>): Promise<number | null> {
  const all = [...(await years()), ...(await roundYears())];
  return all.length > 0 ? Math.max(...all) : null;
}

/** The year's plan: targets for first evaluations, upgrades and re-evaluations, one set per year. */
export function PlanTab({ council }: { council: Council }) {
  const { t } = useTranslation();
  const { repositories, revision, today } = useWorkspace();
  const selectId = useId();
  const [chosen, setChosen] = useState<number | null>(null);
  const initial = useLoad(
    () =>
      latestYear(
        () => repositories.plan.years(),
        async () => (await repositories.rounds.list()).map((r) => r.year),
      ),
    [repositories],
  );
  const fallback = setupYear(council.profile, council.establishingDecision.date, today);
  const year = chosen ?? (initial.state === 'ready' ? (initial.value ?? fallback) : null);
  // The year travels with its plan, so a form never opens on the plan of the year shown before.
  const target = useLoad(
    async () => ({ year, plan: year === null ? null : await repositories.plan.get(year) }),
    [repositories, revision, year],
  );
  if (initial.state === 'failed' || target.state === 'failed') {
    const error = initial.state === 'failed' ? initial.error : target.state === 'failed' ? target.error : null;
    return <Notice tone="error" title={t('common.loadFailed', { detail: error?.message ?? '' })} />;
  }
  if (year === null || target.state === 'loading' || target.value.year !== year) return <p>{t('app.loading')}</p>;
  const current = Number(today.slice(0, 4));
  const years = new Set<number>([year]);
  for (let y = current + 1; y >= 2018; y -= 1) years.add(y);

  return (
    <>
      <p className="page-intro">{t('council.plan.intro')}</p>
      <div className="list-toolbar">
        <label className="inline" htmlFor={selectId}>
          {t('council.plan.year')}
        </label>
        <select id={selectId} value={year} onChange={(event) => setChosen(Number(event.target.value))}>
          {[...years]
            .sort((a, b) => b - a)
            .map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
        </select>
      </div>
      <PlanForm key={year} year={year} target={target.value.plan} />
    </>
  );
}
