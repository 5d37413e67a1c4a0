// UI strings live beside the feature that shows them (`strings.ts`), in both languages.
// `defineStrings` makes a missing or extra key in Chinese a type error, and
// strings.test.ts checks every strings module at run time as well.
import { createContext, useContext } from 'react';
import type { Lang } from '../domain/tree';

export type { Lang } from '../domain/tree';

export type StringTable = Record<string, string>;
export interface Strings<T extends StringTable> {
  en: T;
  zh: { [K in keyof T]: string };
}

export function defineStrings<T extends StringTable>(strings: Strings<T>): Strings<T> {
  return strings;
}

export const LangContext = createContext<Lang>('en');

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useStrings<T extends StringTable>(strings: Strings<T>): T {
  const lang = useLang();
  return (lang === 'zh' ? strings.zh : strings.en) as T;
}

export { format } from '../domain/text-format';

/** The browser's preferred language, when the URL does not say. */
export function detectLang(): Lang {
  if (typeof navigator === 'undefined') return 'en';
  const preferred = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
