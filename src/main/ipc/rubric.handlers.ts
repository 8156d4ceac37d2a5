import type { HandlerMap } from './dispatcher';
import type { PackStore } from '../rubric/pack-store';

type RubricHandlers = Pick<HandlerMap, 'rubric:list' | 'rubric:get-set' | 'rubric:get-pack' | 'rubric:import'>;

export class NotFoundError extends Error {}

/** The rubric area: list packs, show one product set or a whole pack, import a pack or a completed set. */
export function rubricHandlers(packs: PackStore, now: () => Date): RubricHandlers {
  return {
    'rubric:list': () => packs.summaries(),
    'rubric:get-set': ({ pack: id, version, set: no }) => {
      const pack = packs.get(id, version);
      const set = pack?.sets.find((s) => s.no === no);
      if (!pack || !set) throw new NotFoundError(`rubric ${id} v${version ?? 'latest'} has no set ${no}`);
      const { sets: _sets, corrections, format: _format, ...meta } = pack;
      return { pack: meta, set, corrections: corrections.filter((c) => c.set === no) };
    },
    'rubric:get-pack': ({ pack: id, version }) => {
      const pack = packs.get(id, version);
      if (!pack) throw new NotFoundError(`rubric ${id} v${version ?? 'latest'} is not here`);
      return pack;
    },
    'rubric:import': ({ text }) => packs.import(text, now().toISOString()),
  };
}
