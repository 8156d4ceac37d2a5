import type { Widen } from '../../messages';
import type { council as vi } from '../vi/council';

export const council: Widen<typeof vi> = {};
