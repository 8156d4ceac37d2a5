import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../app/use-load';
import { useWorkspace } from '../../app/workspace-context';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { dashboardYears, loadDashboard } from '../../db/dashboard.repository';
import type { Repositories } from '../../db/database';
import { CertificatesCard } from './CertificatesCard';
import { DeadlinesCard } from './DeadlinesCard';
import { PlanCard } from './PlanCard';
import { UpgradesCard } from './UpgradesCard';
import { useDashboardFormat } from './useDashboardFormat';
import { WaitingCard } from './WaitingCard';

/**
 * The secretary's overview: the year's plan against what was done, the deadlines ahead, certificates to
 * re-evaluate, dossiers waiting, and products that may be upgraded. Opens on this year when it has a plan,
 * else on the latest year with a plan.
 */
export function DashboardScreen() {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const { repositories, revision, today } = useWorkspace();
  // The year the user chose, for the workspace it was chosen in (another workspace opens on its default).
  const [chosen, setChosen] = useState<{ repositories: Repositories; year: number } | null>(null);
  const chosenYear = chosen?.repositories === repositories ? chosen.year : null;
  const loaded = useLoad(async () => {
    const { years, initial } = await dashboardYears(repositories, today);
    const year = chosenYear ?? initial;
    return { years, year, data: await loadDashboard(repositories, year, today) };
  }, [repositories, revision, today, chosenYear]);

  if (loaded.state === 'loading') return <p>{t('common.loading')}</p>;
  if (loaded.state === 'failed') {
    return <Notice tone="error" title={t('dashboard.loadFailed', { detail: loaded.error.message })} />;
  }
  const { years, year, data } = loaded.value;
  const yearChoice = (
    <div className="field dash-year">
      <label htmlFor="dashboard-year">{t('dashboard.year')}</label>
      <select
        id="dashboard-year"
        value={year}
        onChange={(event) => setChosen({ repositories, year: Number(event.target.value) })}
      >
        {years.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="dashboard">
      <PageHeader
        title={t('nav.dashboard')}
        intro={data ? t('dashboard.intro', { council: data.councilName, date: format.date(today) }) : undefined}
        actions={yearChoice}
      />
      {data ? (
        <div className="dash-grid">
          <PlanCard plan={data.plan} />
          <DeadlinesCard year={data.year} deadlines={data.deadlines} />
          <CertificatesCard rows={data.certificates} products={data.products} />
          <WaitingCard rows={data.waiting} products={data.products} />
          <UpgradesCard rows={data.upgrades} products={data.products} />
        </div>
      ) : null}
    </div>
  );
}
