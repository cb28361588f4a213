// The two printed formats of a paper over HTTP: how each is rendered, its media type and the
// download headers (a Latin file name, the Russian one encoded beside it).
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { PaperDocument } from './paper-document.js';
import { renderPaperDocx } from './paper-docx.js';
import { renderPaperPdf } from './paper-pdf.js';

export interface PaperFormat {
  ext: 'docx' | 'pdf';
  label: string;
  type: string;
  render: (d: PaperDocument) => Promise<Buffer>;
}

export const paperFormats: readonly [PaperFormat, PaperFormat] = [
  {
    ext: 'docx',
    label: 'Word',
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: renderPaperDocx,
  },
  { ext: 'pdf', label: 'PDF', type: 'application/pdf', render: renderPaperPdf },
];

export const paperFile = (format: Pick<PaperFormat, 'ext'>) =>
  z.instanceof(Buffer).meta({ type: 'string', format: 'binary', description: `Файл .${format.ext}` });

/** Sends the file; `name` is Latin (header-safe), `title` the Russian name a browser may show. */
export function sendPaper(reply: FastifyReply, format: PaperFormat, name: string, body: Buffer, title?: string) {
  const ascii = `${name.replace(/[^\w.-]+/g, '_')}.${format.ext}`;
  const full = title ? `; filename*=UTF-8''${encodeURIComponent(`${title}.${format.ext}`)}` : '';
  reply
    .type(format.type)
    .header('content-disposition', `attachment; filename="${ascii}"${full}`)
    .header('cache-control', 'no-store');
  return reply.send(body);
}
