import type { vi } from './locales/vi';

export type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };

/** The shape of a message catalogue: every locale has exactly the keys of the Vietnamese one. */
export type Messages = Widen<typeof vi>;

export type Language = 'vi' | 'en';
export const LANGUAGES: readonly Language[] = ['vi', 'en'];

/** Translates a key with `{{param}}` interpolation (i18next's `t`, or a stand-in in tests). */
export type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

export function isLanguage(value: unknown): value is Language {
  return value === 'vi' || value === 'en';
}
