import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../../../shared/domain/dates/iso-date';
import { issue } from '../../../../../shared/domain/issues/domain-issue';
import { processProfile } from '../../../../../shared/domain/profiles/process-profiles';
import type { PackSummary } from '../../../../../shared/domain/rubric/pack-summary';
import type { Council } from '../../../../../shared/domain/workspace/council.schema';
import type { Round } from '../../../../../shared/domain/workspace/round.schema';
import { formatDate } from '../../../../../shared/i18n/format';
import { council as councilClient } from '../../../app/council-client';
import { hrefOf, navigate } from '../../../app/routes';
import { useLoad } from '../../../app/use-load';
import { useWorkspace } from '../../../app/workspace-context';
import { FormActions } from '../../../components/FormActions';
import { FormIssues } from '../../../components/form/FormIssues';
import { SelectInput, TextInput } from '../../../components/form/inputs';
import { useSaveForm } from '../../../components/form/useSaveForm';
import { Notice } from '../../../components/Notice';
import { PageHeader } from '../../../components/PageHeader';
import { refused } from '../../../db/repository-context';
import { localised } from './ActionIssues';
import { CandidateList } from './CandidateList';
import {
  candidates,
  initialSelection,
  likelyRound,
  type CandidateFilter,
  type CandidateSources,
} from './new-session-model';
import './conduct.css';

interface Setup {
  readonly council: Council;
  readonly rounds: readonly Round[];
  readonly packs: readonly PackSummary[];
  readonly sources: CandidateSources;
}

/** `#/sessions/new`: a session for a round, its meeting, its rubric pack and the products it scores. */
export function NewSessionScreen() {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const loaded = useLoad(async (): Promise<Setup | null> => {
    const [council, rounds, packs, dossiers, producers, sessions] = await Promise.all([
      repositories.council.current(),
      repositories.rounds.list(),
      councilClient.rubricList(),
      repositories.dossiers.list({ status: 'complete' }),
      repositories.producers.names(),
      repositories.sessions.list(),
    ]);
    if (!council) return null;
    const products = await repositories.products.byIds(dossiers.map((d) => d.productId));
    return {
      council,
      rounds,
      packs,
      sources: { dossiers, products, producers: new Map(producers.map((p) => [p.id, p.name])), sessions },
    };
    // Read once: the form keeps what the user typed while the workspace changes elsewhere.
  }, [repositories]);
  return (
    <div className="new-session">
      <a className="back-link" href={hrefOf('sessions')}>
        ← {t('sessions.backToList')}
      </a>
      <PageHeader title={t('sessions.create.title')} intro={t('sessions.create.intro')} />
      {loaded.state === 'loading' ? <p>{t('common.loading')}</p> : null}
      {loaded.state === 'failed' ? (
        <Notice tone="error" title={t('common.loadFailed', { detail: loaded.error.message })} />
      ) : null}
      {loaded.state === 'ready' && loaded.value ? <NewSessionForm setup={loaded.value} /> : null}
    </div>
  );
}

function NewSessionForm({ setup }: { setup: Setup }) {
  const { t, i18n } = useTranslation();
  const { repositories, today } = useWorkspace();
  const profile = processProfile(setup.council.profile);
  const firstPack = setup.packs.find((p) => p.id === profile.defaultPack) ?? setup.packs[0];
  const [packKey, setPackKey] = useState(firstPack ? `${firstPack.id}@${firstPack.version}` : '');
  const pack = setup.packs.find((p) => `${p.id}@${p.version}` === packKey);
  const incomplete = new Set(pack?.sets.filter((s) => !s.complete).map((s) => s.no) ?? []);
  const list = candidates(setup.sources, incomplete);
  const [date, setDate] = useState<string>(today);
  const year = /^\d{4}-/.test(date) ? Number(date.slice(0, 4)) : Number(today.slice(0, 4));
  const ofYear = setup.rounds.filter((r) => r.year === year);
  const first = likelyRound(setup.rounds, date);
  const [roundId, setRoundId] = useState(first?.id ?? '');
  const round = setup.rounds.find((r) => r.id === roundId) ?? null;
  const titleFor = (r: Round | null, y: number) =>
    r
      ? t('sessions.create.titleWithRound', { number: r.number, year: r.year })
      : t('sessions.create.titleNoRound', { year: y });
  const [title, setTitle] = useState<string>(() => titleFor(first, year));
  const [titleEdited, setTitleEdited] = useState(false);
  const [place, setPlace] = useState(setup.council.placeName);
  const startFilter: CandidateFilter =
    first && list.some((c) => c.roundId === first.id) ? { roundId: first.id } : 'all';
  const [filter, setFilter] = useState<CandidateFilter>(startFilter);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => initialSelection(list, startFilter));

  const chooseRound = (id: string) => {
    const next = setup.rounds.find((r) => r.id === id) ?? null;
    setRoundId(id);
    if (!titleEdited) setTitle(titleFor(next, year));
    if (next && list.some((c) => c.roundId === next.id)) {
      setFilter({ roundId: next.id });
      setSelected(initialSelection(list, { roundId: next.id }));
    }
  };
  const { issues, saving, submit } = useSaveForm(
    () => {
      // Only dossiers that can be scored with the chosen pack go in (a change of pack may rule some out).
      const dossierIds = list.filter((c) => selected.has(c.dossierId) && !c.incompleteSet).map((c) => c.dossierId);
      if (dossierIds.length === 0)
        return Promise.resolve(refused<never>([issue('session.flow.noProducts', ['dossierIds'])]));
      return repositories.sessions.create({
        title,
        roundId: round?.id ?? null,
        date: date as IsoDate,
        place,
        pack: { id: pack?.id ?? '', version: pack?.version ?? 1 },
        dossierIds,
      });
    },
    (session) => navigate('sessions', session.id),
  );
  const labels = {
    title: t('sessions.create.fields.title'),
    roundId: t('sessions.create.fields.roundId'),
    date: t('sessions.create.fields.date'),
    place: t('sessions.create.fields.place'),
    pack: t('sessions.create.fields.pack'),
    dossierIds: t('sessions.create.fields.dossierIds'),
    members: t('sessions.conduct.rollCall.title'),
    '': '',
  };
  const shownIssues = issues.map((found) =>
    localised(found.path[0] === 'dossierIds' ? { ...found, path: ['dossierIds'] } : found, t),
  );
  const setNames = new Map(pack?.sets.map((s) => [s.no, s.name]) ?? []);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <FormIssues issues={shownIssues} labels={labels}>
        <section className="card">
          <div className="form-grid">
            <div className="wide">
              <TextInput
                label={labels.title}
                path="title"
                required
                value={title}
                onChange={(value) => {
                  setTitle(value);
                  setTitleEdited(true);
                }}
              />
            </div>
            <TextInput label={labels.date} path="date" type="date" required value={date} onChange={setDate} />
            <SelectInput
              label={labels.roundId}
              path="roundId"
              hint={t('sessions.create.roundHint')}
              value={roundId}
              onChange={chooseRound}
              options={[
                { value: '', label: t('sessions.create.noRound') },
                ...ofYear.map((r) => ({
                  value: r.id,
                  label: t('sessions.create.roundOption', {
                    number: r.number,
                    year: r.year,
                    deadline: formatDate(r.deadline, i18n.language === 'en' ? 'en' : 'vi'),
                  }),
                })),
              ]}
            />
            <TextInput label={labels.place} path="place" value={place} onChange={setPlace} />
            <SelectInput
              label={labels.pack}
              path="pack"
              required
              hint={t('sessions.create.packHint')}
              value={packKey}
              onChange={setPackKey}
              options={setup.packs.map((p) => ({
                value: `${p.id}@${p.version}`,
                label: t('sessions.create.packOption', { id: p.id, version: p.version }),
              }))}
            />
          </div>
        </section>
        <section className="card" aria-labelledby="candidates-title">
          <h2 id="candidates-title">{labels.dossierIds}</h2>
          <p className="muted">{t('sessions.create.productsIntro')}</p>
          <CandidateList
            list={list}
            rounds={setup.rounds}
            filter={filter}
            onFilter={setFilter}
            selected={selected}
            onSelected={setSelected}
            pack={pack?.id ?? ''}
            setName={(no) => {
              const name = setNames.get(no);
              return name ? t('products.setOption', { no, name }) : t('sessions.create.setValue', { no });
            }}
          />
        </section>
      </FormIssues>
      <FormActions onCancel={() => navigate('sessions')} saving={saving} saveLabel={t('sessions.create.save')} />
    </form>
  );
}
