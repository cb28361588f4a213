// Dates as Russian documents write them, whatever the interface language: 23.11.2022.
import dayjs from 'dayjs';
import { formatRuDate } from '../../../src/shared/dates.js';

export function formatDate(value: string | null | undefined): string {
  return value ? formatRuDate(value.slice(0, 10)) : '';
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = dayjs(value);
  return d.isValid() ? d.format('DD.MM.YYYY HH:mm') : value;
}

/** Accepts what people type — 1.2.1990, 01.02.1990, 1990-02-01 — and returns 'YYYY-MM-DD' or null. */
export function parseTypedDate(text: string): string | null {
  const trimmed = text.trim();
  const ru = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const parts = ru ? [ru[3], ru[2], ru[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (!parts) return null;
  const [y, m, d] = parts.map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
