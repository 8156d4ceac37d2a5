import { useTranslation } from 'react-i18next';

export const SETUP_STEPS = ['profile', 'identity', 'rules', 'members'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

/** Where the user is in the setup: the four steps, the current one marked, the done ones ticked. */
export function WizardSteps({ current }: { current: number }) {
  const { t } = useTranslation();
  return (
    <ol className="wizard-steps" aria-label={t('welcome.setup.stepsLabel')}>
      {SETUP_STEPS.map((step, index) => (
        <li
          key={step}
          className={index < current ? 'done' : undefined}
          aria-current={index === current ? 'step' : undefined}
        >
          <span className="wizard-step-number" aria-hidden="true">
            {index < current ? '✓' : index + 1}
          </span>
          <span>{t(`welcome.setup.steps.${step}`)}</span>
        </li>
      ))}
    </ol>
  );
}
