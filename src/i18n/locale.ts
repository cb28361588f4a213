// The two interface languages and how a request picks one.

export const locales = ['ru', 'en'] as const;
export type Locale = (typeof locales)[number];
export type Localized = Record<Locale, string>;

/** Russian unless the client's first preference is English. */
export function localeFromAcceptLanguage(header: string | undefined | null): Locale {
  if (!header) return 'ru';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'ru';
}

export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
