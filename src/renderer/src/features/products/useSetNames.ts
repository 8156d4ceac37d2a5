import { useEffect, useState } from 'react';
import { processProfile } from '../../../../shared/domain/profiles/process-profiles';
import type { ProfileId } from '../../../../shared/domain/session/session-file.schema';
import { council } from '../../app/council-client';

/**
 * The names of the 26 product sets, read from the rubric pack of the profile (148/2023 or 26/2026), or
 * from any pack when that one is missing. Empty until read, or when no pack can be read (numbers then).
 */
export function useSetNames(profile: ProfileId | null): ReadonlyMap<number, string> {
  const [names, setNames] = useState<ReadonlyMap<number, string>>(new Map());
  useEffect(() => {
    if (profile === null) return;
    let current = true;
    council.rubricList().then(
      (packs) => {
        const wanted = processProfile(profile).defaultPack;
        const pack = packs.find((p) => p.id === wanted) ?? packs[0];
        if (current && pack) setNames(new Map(pack.sets.map((set) => [set.no, set.name])));
      },
      // Without the packs the sets show by number: nothing to tell the user here.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [profile]);
  return names;
}
