import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DomainIssue } from '../../../../shared/domain/issues/domain-issue';
import type { ProfileId } from '../../../../shared/domain/session/session-file.schema';
import { navigate } from '../../app/routes';
import { useWorkspace } from '../../app/workspace-context';
import { FormIssues } from '../../components/form/FormIssues';
import { Notice } from '../../components/Notice';
import {
  checkDraft,
  IdentityFields,
  newDraft,
  ProfileChoice,
  RulesFields,
  stillOpen,
  useCouncilLabels,
  useFocusFirst,
  withProfile,
  type CouncilDraft,
} from '../council';
import { checkRows, firstRows, type MemberRow } from './first-members';
import { FirstMembersStep } from './FirstMembersStep';
import { saveSetup } from './save-setup';
import { SetupRoundsNote } from './SetupRoundsNote';
import { SETUP_STEPS, WizardSteps } from './WizardSteps';

/** The step each field is asked on, so a refused save goes back to the first step with a problem. */
function stepOfIssue(found: DomainIssue): number {
  const head = found.path[0];
  if (head === 'profile' || head === 'level') return 0;
  if (head === 'rules') return 2;
  if (head === 'members') return 3;
  return 1;
}

/**
 * The guided council setup: level and profile, identity, rules of procedure, first members. Each step is
 * checked before the next (Enter moves on); nothing is saved until the last step and only when valid.
 */
export function SetupWizard({ initialProfile, onLeave }: { initialProfile: ProfileId; onLeave: () => void }) {
  const { t } = useTranslation();
  const { repositories, changed, today } = useWorkspace();
  const labels = useCouncilLabels();
  const [step, setStep] = useState(0);
  const [draft, setDraft] = useState<CouncilDraft>(() => newDraft(initialProfile));
  const [rows, setRows] = useState<MemberRow[]>(firstRows);
  const [issues, setIssues] = useState<readonly DomainIssue[]>([]);
  const [refusals, setRefusals] = useState(0);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useFocusFirst<HTMLFormElement>(step);
  const refuse = (found: readonly DomainIssue[]) => {
    setIssues(found);
    if (found.length > 0) setRefusals((count) => count + 1);
  };
  /** Drops the messages of fields the user has just corrected. */
  const recheck = (nextDraft: CouncilDraft, nextRows: readonly MemberRow[]) =>
    setIssues((shown) =>
      stillOpen(shown, [...checkDraft(nextDraft, 'all'), ...checkRows(nextRows, nextDraft.decisionDate)]),
    );
  const change = (patch: Partial<CouncilDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    recheck(next, rows);
  };
  const changeRows = (next: MemberRow[]) => {
    setRows(next);
    recheck(draft, next);
  };
  const last = SETUP_STEPS.length - 1;

  const goTo = (next: number) => {
    setIssues([]);
    setStep(next);
  };

  const save = async (withMembers: boolean) => {
    setSaving(true);
    setFailure(null);
    try {
      const result = await saveSetup(repositories, draft, withMembers ? rows : [], today);
      if (!result.ok) {
        refuse(result.issues);
        setStep(Math.min(...result.issues.map(stepOfIssue)));
        return;
      }
      navigate('dashboard');
      changed();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (step === last) {
      void save(true);
      return;
    }
    const part = SETUP_STEPS[step] === 'identity' ? 'identity' : SETUP_STEPS[step] === 'rules' ? 'rules' : null;
    const found = part ? checkDraft(draft, part) : [];
    refuse(found);
    if (found.length === 0) setStep(step + 1);
  };

  // Enter on a radio button or a checkbox moves on too, as it does in a text box.
  const enterSubmits = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target;
    if (event.key === 'Enter' && target instanceof HTMLInputElement && ['radio', 'checkbox'].includes(target.type)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };

  const name = SETUP_STEPS[step] ?? 'profile';
  return (
    <div className="setup">
      <h1 className="page-title">{t('welcome.setup.title')}</h1>
      <p className="page-intro">{t('welcome.setup.intro')}</p>
      <WizardSteps current={step} />
      <form ref={form} className="setup-form card" noValidate onSubmit={submit} onKeyDown={enterSubmits}>
        <h2 className="setup-step-title">
          <span className="muted">{t('welcome.setup.stepOf', { step: step + 1, count: SETUP_STEPS.length })}</span>{' '}
          {t(`welcome.setup.steps.${name}`)}
        </h2>
        <p className="muted">{t(`welcome.setup.${name}Intro`)}</p>
        {failure ? <Notice tone="error" title={t('welcome.setup.failed', { detail: failure })} /> : null}
        <FormIssues issues={issues} labels={labels} focusKey={refusals}>
          {name === 'profile' ? (
            <ProfileChoice value={draft.profile} onChange={(profile) => change(withProfile(draft, profile))} />
          ) : null}
          {name === 'identity' ? <IdentityFields draft={draft} onChange={change} /> : null}
          {name === 'rules' ? <RulesFields draft={draft} onChange={change} /> : null}
          {name === 'members' ? (
            <>
              <FirstMembersStep rows={rows} onChange={changeRows} />
              <SetupRoundsNote draft={draft} />
            </>
          ) : null}
        </FormIssues>
        <div className="form-actions setup-actions">
          <button type="button" className="button secondary" onClick={() => (step === 0 ? onLeave() : goTo(step - 1))}>
            {step === 0 ? t('welcome.setup.leave') : `← ${t('welcome.setup.back')}`}
          </button>
          <span className="spacer" />
          {step === last ? (
            <button type="button" className="button secondary" disabled={saving} onClick={() => void save(false)}>
              {t('welcome.setup.saveWithoutMembers')}
            </button>
          ) : null}
          <button type="submit" className="button" disabled={saving}>
            {step === last
              ? saving
                ? t('welcome.setup.saving')
                : t('welcome.setup.save')
              : `${t('welcome.setup.next')} →`}
          </button>
        </div>
      </form>
    </div>
  );
}
