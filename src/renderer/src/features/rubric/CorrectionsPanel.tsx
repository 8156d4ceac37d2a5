import { useTranslation } from 'react-i18next';
import type { RubricSetView } from '../../../../shared/ipc/contract';

/** Every item of this set that the transcription corrected or inferred, and the pack's provenance. */
export function CorrectionsPanel({ view }: { view: RubricSetView }) {
  const { t } = useTranslation();
  return (
    <>
      <details className="panel">
        <summary>{t('rubric.corrections', { count: view.corrections.length })}</summary>
        {view.corrections.length === 0 ? (
          <p>{t('rubric.correctionsNone')}</p>
        ) : (
          <table className="corrections-table">
            <tbody>
              {view.corrections.map((correction, index) => (
                <tr key={index}>
                  <td>{correction.criterion}</td>
                  <td>
                    <span className={`badge ${correction.kind}`}>{t(`rubric.correctionKind.${correction.kind}`)}</span>
                  </td>
                  <td>
                    {correction.description}
                    {correction.reason ? <div className="option-note">{correction.reason}</div> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
      <details className="panel">
        <summary>{t('rubric.provenance')}</summary>
        <div className="provenance">{view.pack.provenance.join('\n\n')}</div>
      </details>
    </>
  );
}
