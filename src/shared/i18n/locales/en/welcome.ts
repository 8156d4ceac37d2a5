import type { Widen } from '../../messages';
import type { welcome as vi } from '../vi/welcome';

export const welcome: Widen<typeof vi> = {};
