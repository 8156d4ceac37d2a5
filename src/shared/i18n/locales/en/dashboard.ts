import type { Widen } from '../../messages';
import type { dashboard as vi } from '../vi/dashboard';

export const dashboard: Widen<typeof vi> = {};
