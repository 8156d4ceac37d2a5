import type { Messages } from '../messages';
import { archiveUi } from './en/archive-ui';
import { common } from './en/common';
import { core } from './en/core';
import { council } from './en/council';
import { dashboard } from './en/dashboard';
import { documents } from './en/documents';
import { documentsUi } from './en/documents-ui';
import { exchange } from './en/exchange';
import { products } from './en/products';
import { sessions } from './en/sessions';
import { scoring } from './en/scoring';
import { welcome } from './en/welcome';

/** English translation of `vi.ts`, one module per area under `en/`. */
export const en: Messages = {
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
};
