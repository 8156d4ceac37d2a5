import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadedSession } from '../use-session';
import { memberQueue, memberTallies } from './member-queue';

/**
 * Which paper sheet to type: the member whose sheet it is, then one of the products they score (with how
 * far each sheet has got). The first product not yet sealed is proposed.
 */
export function PaperChooser({
  loaded,
  memberId: initialMember,
  onOpen,
}: {
  loaded: LoadedSession;
  memberId: string | undefined;
  onOpen: (memberId: string, productId: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const tallies = memberTallies(loaded.session, loaded.sheets);
  const [memberId, setMemberId] = useState(initialMember ?? '');
  const queue = memberId === '' ? [] : memberQueue(loaded.session, loaded.sheets, memberId);
  const proposed = queue.find((item) => item.progress !== 'sealed')?.product.productId ?? '';
  const [chosen, setChosen] = useState<string | null>(null);
  const productId = chosen !== null && queue.some((i) => i.product.productId === chosen) ? chosen : proposed;
  return (
    <section className="card paper-chooser" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sessions.score.paper.title')}</h2>
      <p className="muted">{t('sessions.score.paper.intro')}</p>
      <form
        className="paper-choose-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (memberId !== '' && productId !== '') onOpen(memberId, productId);
        }}
      >
        <div className="form-field">
          <label htmlFor={`${id}-member`}>{t('sessions.score.paper.member')}</label>
          <select
            id={`${id}-member`}
            value={memberId}
            onChange={(event) => {
              setMemberId(event.target.value);
              setChosen(null);
            }}
          >
            <option value="">{t('sessions.score.paper.chooseMember')}</option>
            {tallies.map(({ member, sealed, expected }) => (
              <option key={member.memberId} value={member.memberId} disabled={expected === 0}>
                {t('sessions.score.paper.memberOption', { name: member.name, sealed, expected })}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-product`}>{t('sessions.score.paper.product')}</label>
          <select
            id={`${id}-product`}
            value={productId}
            disabled={memberId === ''}
            onChange={(event) => setChosen(event.target.value)}
          >
            <option value="">{t('sessions.score.paper.chooseProduct')}</option>
            {queue.map((item) => (
              <option key={item.product.productId} value={item.product.productId}>
                {t('sessions.score.paper.productOption', {
                  name: item.product.name,
                  state: t(`sessions.score.state.${item.progress}`),
                })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={memberId === '' || productId === ''}>
          {t('sessions.score.paper.open')}
        </button>
      </form>
    </section>
  );
}
