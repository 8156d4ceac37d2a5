import type { Authority } from '../../domain/profiles/process-profiles';
import type { Signer } from '../../domain/workspace/council.schema';
import type { DocumentContext } from '../document-context';
import type { SessionDocumentData } from '../document-data';
import type { SignatureBlock } from './signature';

/** A signer's title as the settings hold it: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" is two lines. */
function fromTitle(title: string, name: string, hint?: string): SignatureBlock {
  const [first = '', ...rest] = title.split(/\s*(?:\/|\n)\s*/u);
  return rest.length > 0 ? { onBehalf: first, role: rest.join(' '), name, hint } : { role: first, name, hint };
}

function signer(ctx: DocumentContext, role: Signer['role']): Signer | undefined {
  return ctx.council.signers.find((s) => s.role === role);
}

/**
 * The chair's or the secretary's signature: the council's signer of that role, else the session's member
 * of that role under the default title. `onBehalf` signs for the council ("TM. HỘI ĐỒNG / CHỦ TỊCH"),
 * as on a submission.
 */
export function councilSignature(
  ctx: DocumentContext,
  data: SessionDocumentData,
  role: 'chair' | 'secretary',
  options: { onBehalf?: boolean } = {},
): SignatureBlock {
  const configured = signer(ctx, role === 'chair' ? 'council-chair' : 'council-secretary');
  const member = data.members.find((m) => m.role === role);
  const name = configured?.name ?? member?.name ?? '';
  if (role === 'chair' && options.onBehalf) {
    return { onBehalf: ctx.t('documents.common.onBehalfCouncil'), role: ctx.t('documents.common.chairShort'), name };
  }
  if (configured) return fromTitle(configured.title, name);
  return {
    role: ctx.t(role === 'chair' ? 'documents.common.chairTitle' : 'documents.common.secretaryTitle'),
    name,
  };
}

/**
 * The signature of the recognising authority: the council's "authority-head" signer, else by who
 * recognises: the People's Committee signs collectively ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"), the
 * provincial chair in person ("CHỦ TỊCH"). The name stays blank for the office to fill in when unknown.
 */
export function authoritySignature(ctx: DocumentContext, authority: Authority): SignatureBlock {
  const configured = signer(ctx, 'authority-head');
  if (configured) return fromTitle(configured.title, configured.name);
  return authority === 'district-committee'
    ? { onBehalf: ctx.t('documents.common.onBehalfCommittee'), role: ctx.t('documents.common.headTitle'), name: '' }
    : { role: ctx.t('documents.common.headTitle'), name: '' };
}
