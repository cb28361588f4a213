// Text normalisation for search: case-folded, «ё» read as «е», spaces collapsed.

export function normalizeForSearch(value: string): string {
  return value.toLocaleLowerCase('ru-RU').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** Splits a query into normalised words; empty words are dropped. */
export function searchTokens(query: string): string[] {
  return normalizeForSearch(query)
    .split(' ')
    .filter((t) => t.length > 0)
    .slice(0, 8);
}

/** 'Иванова Мария Петровна' → 'Иванова М. П.' */
export function shortName(lastName: string, firstName: string, middleName?: string | null): string {
  const initials = [firstName, middleName ?? '']
    .filter((p) => p.length > 0)
    .map((p) => `${p[0]}.`)
    .join(' ');
  return initials ? `${lastName} ${initials}` : lastName;
}
