import type { ResultVersion } from '../../../../shared/domain/council-session/result-version';
import type { CouncilSession } from '../../../../shared/domain/council-session/session.schema';
import type { SheetState } from '../../../../shared/domain/council-session/sheet-events';
import type { CertificateTemplate } from '../../../../shared/documents/certificate-template';
import type { Certificate } from '../../../../shared/domain/workspace/certificate.schema';
import type { Council } from '../../../../shared/domain/workspace/council.schema';
import { useLoad, type Loaded } from '../../app/use-load';
import { useWorkspace } from '../../app/workspace-context';

/** Everything the documents of a session are made from, read from the workspace. */
export interface SessionDocumentSource {
  readonly session: CouncilSession;
  readonly sheets: readonly SheetState[];
  readonly versions: readonly ResultVersion[];
  readonly council: Council;
  readonly template: CertificateTemplate;
  /** The register's current certificates (not replaced by a correction). */
  readonly register: readonly Certificate[];
  /** Producers' addresses by product id (for the certificates). */
  readonly addresses: Readonly<Record<string, string>>;
}

/** The session's document source, reloaded after every write; null when the session or council is gone. */
export function useSessionDocumentData(sessionId: string): Loaded<SessionDocumentSource | null> {
  const { repositories, revision } = useWorkspace();
  return useLoad(async () => {
    const [session, council] = await Promise.all([
      repositories.sessions.get(sessionId),
      repositories.council.current(),
    ]);
    if (!session || !council) return null;
    const [sheets, versions, template, entries, products] = await Promise.all([
      repositories.sessions.sheets(sessionId),
      repositories.sessions.versions(sessionId),
      repositories.settings.certificateTemplate(),
      repositories.certificates.entries(),
      repositories.products.byIds(session.products.map((p) => p.productId)),
    ]);
    const producers = new Map(
      await Promise.all(
        [...new Set([...products.values()].map((p) => p.producerId))].map(
          async (id) => [id, await repositories.producers.get(id)] as const,
        ),
      ),
    );
    const addresses: Record<string, string> = {};
    for (const [id, product] of products) {
      const address = producers.get(product.producerId)?.address;
      if (address) addresses[id] = address;
    }
    return {
      session,
      sheets: [...sheets.values()],
      versions,
      council,
      template,
      register: entries.filter((e) => e.replacedBy === null).map((e) => e.certificate),
      addresses,
    };
  }, [repositories, revision, sessionId]);
}
