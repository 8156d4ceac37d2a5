import type { Widen } from '../../messages';
import type { products as vi } from '../vi/products';

export const products: Widen<typeof vi> = {};
