import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultVersion } from '../../../../../shared/domain/council-session/result-version';
import type { Choice } from '../../../../../shared/domain/session/session-file.schema';
import { useWorkspace } from '../../../app/workspace-context';
import { Field } from '../../../components/form/Field';
import { FormIssues } from '../../../components/form/FormIssues';
import { TextArea } from '../../../components/form/inputs';
import { useSaveForm } from '../../../components/form/useSaveForm';
import { refused } from '../../../db/repository-context';
import { ScoringSheet } from '../../scoring/ScoringSheet';
import type { LoadedSession } from '../use-session';
import { localised } from './ActionIssues';
import { chairProblem, chairsOf } from './chair-check';
import { SILENT_PATHS } from './ChairDialog';
import { ChairFields } from './ChairFields';
import { amendableSheets, type AmendableSheet } from './session-review';

function changedCount(before: Readonly<Record<string, Choice>>, after: Readonly<Record<string, Choice>>): number {
  const ids = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...ids].filter((id) => JSON.stringify(before[id]) !== JSON.stringify(after[id])).length;
}

/**
 * The chair's amendment of a finalised session: choose a sealed sheet, correct it in the scoring sheet,
 * give the reason, and confirm as chair (with the PIN when set). The results become a new version.
 */
export function AmendPanel({
  loaded,
  onClose,
  onDone,
}: {
  loaded: LoadedSession;
  onClose: () => void;
  onDone: (version: ResultVersion) => void;
}) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const { session, sheets, sets, compiled } = loaded;
  const list = amendableSheets(session, sheets);
  const [picked, setPicked] = useState<AmendableSheet | null>(null);
  const [choices, setChoices] = useState<Readonly<Record<string, Choice>>>({});
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const [chairId, setChairId] = useState(chairsOf(session)[0]?.memberId ?? '');
  const [pin, setPin] = useState('');
  const [ready, setReady] = useState(false);
  const reasonArea = useRef<HTMLDivElement>(null);
  const { issues, saving, submit } = useSaveForm(() => {
    if (!picked) return Promise.resolve(refused<ResultVersion>([]));
    const problem = chairProblem(session, chairId, pin);
    if (problem) return Promise.resolve(refused<ResultVersion>([problem]));
    return repositories.sheets.amend(
      session.id,
      chairId,
      reason,
      [{ memberId: picked.memberId, productId: picked.productId, round: picked.round, choices, comment }],
      (no) => sets.get(no),
      compiled,
    );
  }, onDone);
  const choose = (id: string) => {
    const next = list.find((s) => s.id === id) ?? null;
    setPicked(next);
    setChoices(next?.sheet.choices ?? {});
    setComment(next?.sheet.comment ?? '');
    setReady(false);
  };
  const set = picked ? sets.get(picked.productSet) : undefined;
  const labels = {
    ...SILENT_PATHS,
    sheet: t('sessions.conduct.amend.sheet'),
    reason: t('sessions.conduct.amend.reason'),
    chairId: t('sessions.conduct.chair.member'),
    pin: t('sessions.conduct.chair.pin'),
  };
  const changed = picked ? changedCount(picked.sheet.choices, choices) : 0;
  return (
    <section className="card conduct-section amend-panel" aria-labelledby="amend-title">
      <h2 id="amend-title">{t('sessions.conduct.amend.title')}</h2>
      <p className="muted">{t('sessions.conduct.amend.intro')}</p>
      {list.length === 0 ? (
        <p>{t('sessions.conduct.amend.noSheets')}</p>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <FormIssues issues={issues.map((found) => localised(found, t))} labels={labels}>
            <div className="form-grid">
              <div className="wide">
                <Field label={labels.sheet} path="sheet" required>
                  {(props) => (
                    <select {...props} value={picked?.id ?? ''} onChange={(e) => choose(e.target.value)}>
                      <option value="">{t('sessions.conduct.amend.chooseSheet')}</option>
                      {list.map((s) => (
                        <option key={s.id} value={s.id}>
                          {t('sessions.conduct.amend.sheetOption', {
                            product: s.productName,
                            round: s.round,
                            member: s.memberName,
                          })}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              </div>
            </div>
            {picked && set ? (
              <>
                <ScoringSheet
                  key={picked.id}
                  set={set}
                  choices={choices}
                  comment={comment}
                  onChoose={(id, choice) =>
                    setChoices((current) => {
                      const { [id]: _old, ...rest } = current;
                      return choice === undefined ? rest : { ...rest, [id]: choice };
                    })
                  }
                  onComment={setComment}
                  onSubmit={() => {
                    setReady(true);
                    reasonArea.current?.querySelector('textarea')?.focus();
                  }}
                  header={
                    <h3 className="amend-sheet-title">
                      {t('sessions.conduct.amend.header', {
                        member: picked.memberName,
                        product: picked.productName,
                        round: picked.round,
                      })}
                    </h3>
                  }
                />
                <p className="amend-changed" role="status">
                  {changed > 0
                    ? t('sessions.conduct.amend.changed', { count: changed })
                    : t('sessions.conduct.amend.unchanged')}{' '}
                  {ready ? t('sessions.conduct.amend.ready') : null}
                </p>
                <div className="form-grid" ref={reasonArea}>
                  <div className="wide">
                    <TextArea
                      label={labels.reason}
                      path="reason"
                      required
                      hint={t('sessions.conduct.amend.reasonHint')}
                      value={reason}
                      onChange={setReason}
                    />
                  </div>
                  <ChairFields session={session} chairId={chairId} onChair={setChairId} pin={pin} onPin={setPin} />
                </div>
              </>
            ) : null}
          </FormIssues>
          <div className="form-actions">
            <button type="button" className="button secondary" onClick={onClose}>
              {t('sessions.conduct.amend.cancel')}
            </button>
            <button type="submit" className="button" disabled={saving || !picked}>
              {t('sessions.conduct.amend.save')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
