import type { Widen } from '../../messages';
import type { exchange as vi } from '../vi/exchange';

export const exchange: Widen<typeof vi> = {};
