import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice';
import { CorrectionsPanel } from './CorrectionsPanel';
import { ImportFeedbackNotice } from './ImportFeedbackNotice';
import { PackFacts } from './PackFacts';
import { RubricForm } from './RubricForm';
import { RubricToolbar } from './RubricToolbar';
import { SetHeader } from './SetHeader';
import { useRubricViewer } from './useRubricViewer';

/** The rubric viewer: choose a pack and a product set, read its form as a member will score it. */
export function RubricViewer() {
  const { t } = useTranslation();
  const { packs, selection, view, error, feedback, select, importFile } = useRubricViewer();
  return (
    <>
      <h1 className="page-title">{t('rubric.title')}</h1>
      <p className="page-intro">{t('rubric.intro')}</p>
      {error ? <Notice tone="error" title={t(error.key as never, error.params)} /> : null}
      {feedback ? <ImportFeedbackNotice feedback={feedback} /> : null}
      {packs && selection ? (
        <RubricToolbar
          packs={packs}
          selection={selection}
          onSelect={select}
          onImport={(file) => void importFile(file)}
        />
      ) : (
        !error && <p>{t('app.loading')}</p>
      )}
      {view && view.set.no === selection?.set && view.pack.id === selection.pack ? (
        <>
          <PackFacts pack={view.pack} />
          <SetHeader view={view} />
          <RubricForm view={view} />
          <CorrectionsPanel view={view} />
        </>
      ) : null}
    </>
  );
}
