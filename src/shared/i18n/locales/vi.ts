import { archiveUi } from './vi/archive-ui';
import { common } from './vi/common';
import { core } from './vi/core';
import { council } from './vi/council';
import { dashboard } from './vi/dashboard';
import { documents } from './vi/documents';
import { documentsUi } from './vi/documents-ui';
import { exchange } from './vi/exchange';
import { products } from './vi/products';
import { sessions } from './vi/sessions';
import { scoring } from './vi/scoring';
import { welcome } from './vi/welcome';

/**
 * Vietnamese, the app's first language. Every text a user sees or prints comes from here and its English
 * twin (`en.ts`), which must have the same keys. One module per area under `vi/`, each adding its own
 * top-level keys. Interpolation: {{name}}.
 */
export const vi = {
  ...core,
  ...common,
  ...welcome,
  ...council,
  ...products,
  ...dashboard,
  ...exchange,
  ...documents,
  ...documentsUi,
  ...sessions,
  ...scoring,
  ...archiveUi,
} as const;
