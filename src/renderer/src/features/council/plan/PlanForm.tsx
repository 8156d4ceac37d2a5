import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DomainIssue } from '../../../../../shared/domain/issues/domain-issue';
import type { PlanTarget } from '../../../../../shared/domain/workspace/plan-target.schema';
import { formatDate } from '../../../../../shared/i18n/format';
import { useWorkspace } from '../../../app/workspace-context';
import { FormIssues } from '../../../components/form/FormIssues';
import { NumberInput } from '../../../components/form/inputs';
import { Notice } from '../../../components/Notice';
import { useLanguage } from '../useLanguage';

const TARGETS = ['firstEvaluations', 'upgrades', 'reEvaluations'] as const;
type Targets = Record<(typeof TARGETS)[number], number>;

/** The targets of one year; Enter in a box saves. */
export function PlanForm({ year, target }: { year: number; target: PlanTarget | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { repositories, changed } = useWorkspace();
  const [values, setValues] = useState<Targets>(() => ({
    firstEvaluations: target?.firstEvaluations ?? 0,
    upgrades: target?.upgrades ?? 0,
    reEvaluations: target?.reEvaluations ?? 0,
  }));
  const [issues, setIssues] = useState<readonly DomainIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const labels = Object.fromEntries(TARGETS.map((key) => [key, t(`council.plan.${key}`)]));
  const total = TARGETS.reduce((sum, key) => sum + (Number.isFinite(values[key]) ? values[key] : 0), 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const result = await repositories.plan.save({ year, ...values });
    setSaving(false);
    setIssues(result.ok ? [] : result.issues);
    if (result.ok) {
      setSaved(true);
      changed();
    }
  };

  return (
    <form className="card council-plan-form" noValidate onSubmit={(event) => void submit(event)}>
      <h2>{t('council.plan.heading', { year })}</h2>
      {saved ? <Notice tone="success" title={t('council.plan.saved', { year })} /> : null}
      {!target && !saved ? <p className="muted">{t('council.plan.notSet', { year })}</p> : null}
      <FormIssues issues={issues} labels={labels}>
        <div className="council-plan-targets">
          {TARGETS.map((key) => (
            <NumberInput
              key={key}
              label={labels[key] ?? key}
              path={key}
              hint={t('council.plan.productsUnit')}
              min={0}
              value={values[key]}
              onChange={(value) => {
                setSaved(false);
                setValues((current) => ({ ...current, [key]: value }));
              }}
            />
          ))}
        </div>
        <div className="council-plan-meta">
          <span>{t('council.plan.total', { count: total })}</span>
          {target ? (
            <span>{t('council.plan.lastSaved', { date: formatDate(target.updatedAt.slice(0, 10), language) })}</span>
          ) : null}
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={saving}>
            {t('council.plan.save')}
          </button>
        </div>
      </FormIssues>
    </form>
  );
}
