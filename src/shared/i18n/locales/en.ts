import type { Messages } from '../messages';
import { common } from './en/common';
import { core } from './en/core';
import { council } from './en/council';
import { dashboard } from './en/dashboard';
import { documents } from './en/documents';
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
  ...sessions,
  ...scoring,
};
