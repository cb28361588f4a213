// The interface language: chosen in the header, kept in localStorage, Russian unless the person
// switched. The same choice drives dayjs, Mantine's calendars and the API's Accept-Language.
import 'dayjs/locale/ru';
import 'dayjs/locale/en';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { fill, type Locale } from '../../../src/i18n/locale.js';
import { en } from './en';
import { type MessageKey, type Messages, ru } from './ru';

dayjs.extend(customParseFormat);

export type { Locale, MessageKey };
export const catalogues: Record<Locale, Messages> = { ru, en };

const storageKey = 'nastavnik.lang';

function storedLocale(): Locale {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'ru';
  } catch {
    return 'ru';
  }
}

// Non-React code (the fetch wrapper, form validators) needs the language too.
let current: Locale = storedLocale();
export function currentLocale(): Locale {
  return current;
}

function apply(locale: Locale): void {
  current = locale;
  dayjs.locale(locale);
  document.documentElement.lang = locale;
}
apply(current);

type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

type PluralBase = { [K in MessageKey]: K extends `${infer B}.one` ? B : never }[MessageKey];

interface LanguageValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LanguageContext = createContext<LanguageValue | null>(null);

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [locale, setState] = useState<Locale>(current);
  const setLocale = useCallback((next: Locale) => {
    apply(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Private windows may refuse storage; the choice then lasts for this visit only.
    }
    setState(next);
  }, []);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage outside LanguageProvider');
  return value;
}

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  return fill(catalogues[locale][key], params);
}

export function useT(): Translate {
  const { locale } = useLanguage();
  return useCallback<Translate>((key, params) => translate(locale, key, params), [locale]);
}

/** «1 год», «3 года», «5 лет»: picks the catalogue form for the number. */
export function usePlural(): (base: PluralBase, n: number) => string {
  const { locale } = useLanguage();
  return useCallback(
    (base: PluralBase, n: number) => {
      const rule = new Intl.PluralRules(locale).select(n);
      const form = rule === 'one' ? 'one' : rule === 'few' ? 'few' : 'many';
      return translate(locale, `${base}.${form}` as MessageKey, { n });
    },
    [locale],
  );
}
