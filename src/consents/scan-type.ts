// Which scans we keep: PDF, JPEG and PNG, recognised by their first bytes rather than by the name
// a browser sends, so a renamed file of another kind is refused. Pure, no I/O.

export const scanMaxBytes = 10 * 1024 * 1024;

export type ScanType = 'application/pdf' | 'image/jpeg' | 'image/png';

const signatures: readonly [ScanType, readonly number[]][] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
];

export function scanTypeOf(bytes: Uint8Array): ScanType | null {
  for (const [type, magic] of signatures) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return type;
  }
  return null;
}

const extensions: Record<ScanType, string> = {
  'application/pdf': '.pdf',
  'image/jpeg': '.jpg',
  'image/png': '.png',
};

/** A safe file name for storing and sending back: no folders, no control characters, the right ending. */
export function scanFileName(original: string, type: ScanType): string {
  const base = original
    .split(/[\\/]/)
    .pop()
    ?.split('')
    .filter((c) => c.charCodeAt(0) >= 32 && c !== '"')
    .join('')
    .trim()
    .slice(0, 150);
  const stem = (base || 'scan').replace(/\.[^.]*$/, '') || 'scan';
  return stem + extensions[type];
}
