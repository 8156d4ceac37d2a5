import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/routes';
import { useLoad } from '../../app/use-load';
import { useWorkspace } from '../../app/workspace-context';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { Tabs } from '../../components/Tabs';
import './council.css';
import { CouncilInfoTab } from './info/CouncilInfoTab';
import { MembersTab } from './members/MembersTab';
import { PlanTab } from './plan/PlanTab';
import { RoundsTab } from './rounds/RoundsTab';

const TABS = ['info', 'members', 'helper-group', 'rounds', 'plan'] as const;
type Tab = (typeof TABS)[number];

function tabOf(path: readonly string[]): Tab {
  const [first] = path;
  return TABS.find((tab) => tab !== 'info' && tab === first) ?? 'info';
}

/** The council: its settings, members, helper group, rounds and the year's plan, one tab each. */
export function CouncilArea({ path }: { path: readonly string[] }) {
  const { t } = useTranslation();
  const { repositories, revision } = useWorkspace();
  const loaded = useLoad(() => repositories.council.current(), [repositories, revision]);
  const tab = tabOf(path);
  if (loaded.state === 'loading') return <p>{t('app.loading')}</p>;
  if (loaded.state === 'failed') {
    return <Notice tone="error" title={t('common.loadFailed', { detail: loaded.error.message })} />;
  }
  const council = loaded.value;
  if (!council) return null;
  const label = (id: Tab) => (id === 'helper-group' ? council.helperGroupName : t(`council.tabs.${id}`));
  return (
    <>
      <PageHeader title={t('council.title')} intro={council.councilName} />
      <Tabs
        label={t('council.tabsLabel')}
        current={tab}
        tabs={TABS.map((id) => ({
          id,
          label: label(id),
          href: id === 'info' ? hrefOf('council') : hrefOf('council', id),
        }))}
      />
      {tab === 'info' ? <CouncilInfoTab council={council} /> : null}
      {tab === 'members' ? <MembersTab council={council} body="council" /> : null}
      {tab === 'helper-group' ? <MembersTab council={council} body="helper-group" /> : null}
      {tab === 'rounds' ? <RoundsTab council={council} /> : null}
      {tab === 'plan' ? <PlanTab council={council} /> : null}
    </>
  );
}
