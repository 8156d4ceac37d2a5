import { createContext, useContext } from 'react';
import type { ProfileId } from '../../../../shared/domain/session/session-file.schema';

/** What every screen of the products area needs from the council: its profile, names and the set names. */
export interface ProductsSetup {
  readonly profile: ProfileId;
  /** "Tổ giúp việc" or "Tổ tư vấn": who pre-checks dossiers. */
  readonly helperGroupName: string;
  /** The council's issuing authority, the usual issuer of its certificates. */
  readonly authority: string;
  /** Product set names (1–26) from the rubric pack of the council's profile. */
  readonly setNames: ReadonlyMap<number, string>;
}

export const ProductsSetupContext = createContext<ProductsSetup>({
  profile: 'province-2026',
  helperGroupName: '',
  authority: '',
  setNames: new Map(),
});

export function useProductsSetup(): ProductsSetup {
  return useContext(ProductsSetupContext);
}
