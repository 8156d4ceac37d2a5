import { evidenceItemsFor } from '../../../../shared/domain/workspace/evidence-items';
import { requiredSamples } from '../../../../shared/domain/workspace/dossier.schema';
import type { Repositories } from '../database';
import type { SaveResult } from '../repository-context';
import { CERTIFICATES, COUNCIL, DOSSIERS, MEMBERS, PLAN, PRODUCERS, PRODUCTS, ROUNDS } from './tam-duong-2025';

/** The saved record, or an error naming what the demo data got wrong (a bug in the data, not user input). */
function saved<T>(result: SaveResult<T>, what: string): T {
  if (result.ok) return result.value;
  throw new Error(`demo data: ${what} refused: ${result.issues.map((i) => `${i.path.join('.')} ${i.key}`).join('; ')}`);
}

function lookup(ids: ReadonlyMap<string, string>, key: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`demo data: unknown key ${key}`);
  return id;
}

/**
 * Fills an empty workspace with the "Tam Đường 2025" demo through the repositories, so every record
 * passes the same checks as one a user enters. The steps follow the order the council worked in.
 */
export async function seedTamDuong2025(repositories: Repositories): Promise<void> {
  saved(await repositories.council.save(COUNCIL), 'council');
  for (const member of MEMBERS) saved(await repositories.members.save(member), `member ${member.name}`);
  saved(await repositories.plan.save(PLAN), 'plan');
  const rounds = new Map<number, string>();
  for (const round of ROUNDS) {
    const result = saved(
      await repositories.rounds.save({ ...round, profile: COUNCIL.profile, year: PLAN.year }),
      `round ${round.number}`,
    );
    rounds.set(round.number, result.id);
  }

  const producers = new Map<string, string>();
  for (const { key, ...producer } of PRODUCERS) {
    producers.set(key, saved(await repositories.producers.save({ ...producer, phone: '' }), producer.name).id);
  }
  const products = new Map<string, string>();
  const sets = new Map<string, number>();
  for (const { key, producer, ...product } of PRODUCTS) {
    const result = await repositories.products.save({ ...product, producerId: lookup(producers, producer) });
    products.set(key, saved(result, product.name).id);
    sets.set(key, product.productSet);
  }

  for (const dossier of DOSSIERS) {
    const productSet = sets.get(dossier.product) ?? 1;
    const samples = requiredSamples(productSet);
    const what = `dossier of ${dossier.product}`;
    const created = saved(
      await repositories.dossiers.save({
        productId: lookup(products, dossier.product),
        year: PLAN.year,
        attempt: dossier.attempt,
        receivedOn: dossier.receivedOn,
        roundId: rounds.get(dossier.round) ?? null,
        forms: { mau01: true, mau02: true, mau03: false },
        evidence: evidenceItemsFor(productSet)
          .map((item) => item.id)
          .filter((id) => !dossier.missing?.includes(id)),
        samples: { required: samples, received: samples },
      }),
      what,
    );
    for (const precheck of dossier.prechecks) saved(await repositories.dossiers.precheck(created.id, precheck), what);
    if (dossier.evaluation) {
      const evaluation = { ...dossier.evaluation, sessionId: null };
      saved(await repositories.dossiers.recordEvaluation(created.id, evaluation), what);
    }
  }

  for (const { product, recordedFirstWithScore, revocation, note = '', ...certificate } of CERTIFICATES) {
    const input = { ...certificate, productId: lookup(products, product), note };
    const what = `certificate ${certificate.certificateNumber}`;
    let recorded = saved(
      await repositories.certificates.record(
        recordedFirstWithScore === undefined ? input : { ...input, score: recordedFirstWithScore, note: '' },
      ),
      what,
    );
    if (recordedFirstWithScore !== undefined) {
      recorded = saved(await repositories.certificates.correct(recorded.id, input), what);
    }
    if (revocation) saved(await repositories.certificates.revoke(recorded.id, revocation), what);
  }
}
