// CSV as schools actually save it: UTF-8 (with or without BOM) or Windows-1251 from older Excel,
// «;» (Russian Excel) or «,» between fields, quotes around fields that hold separators or quotes.
import type { SheetRow } from './sheet.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const cp1251 = new TextDecoder('windows-1251');

/** Valid UTF-8 is taken as UTF-8 (a cp1251 Cyrillic text is almost never valid UTF-8); else cp1251. */
export function decodeText(bytes: Uint8Array): string {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return utf8.decode(body);
  } catch {
    return cp1251.decode(body);
  }
}

/** The separator that splits the header line into more fields, quotes respected; «;» on a tie. */
export function detectSeparator(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

/**
 * RFC 4180 records: a quoted field may hold the separator, line breaks and doubled quotes. A record
 * is numbered as a spreadsheet program shows it (one row per record, even over several lines).
 */
export function parseCsv(text: string, separator: ';' | ','): SheetRow[] {
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    cells.push(field);
    rows.push({ row: rows.length + 1, cells });
    cells = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field.length === 0) quoted = true;
    else if (ch === separator) {
      cells.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else field += ch;
    i++;
  }
  if (field.length > 0 || cells.length > 0) endRecord();
  return rows;
}

export function readCsv(bytes: Uint8Array): SheetRow[] {
  const text = decodeText(bytes);
  return parseCsv(text, detectSeparator(text));
}
