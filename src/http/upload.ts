// One uploaded file from a multipart request, for the routes that take files (staff import, consent
// scans): the body schema only documents the upload, the file is read here with the size limit the
// route registered, and each failure becomes the route's own catalogue error.
import type { FastifyRequest, FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import type { ErrorCode } from '../errors/catalogue.js';
import { validatorCompiler } from './validation.js';

function fastifyCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** Skips validating the multipart body (documented by its schema), validates the other parts. */
export function multipartValidator<S>(route: Parameters<FastifySchemaCompiler<S>>[0]) {
  return route.httpPart === 'body'
    ? () => ({ value: undefined })
    : validatorCompiler(route as unknown as Parameters<FastifySchemaCompiler<z.ZodType>>[0]);
}

export interface UploadErrors {
  missing: ErrorCode;
  tooLarge: ErrorCode;
  megabytes: number;
  /** Checked on the name before the contents are read; a refusal drains the stream. */
  nameCheck?: { accept: (name: string) => boolean; error: ErrorCode };
}

export async function readUpload(
  request: FastifyRequest,
  errors: UploadErrors,
): Promise<{ name: string; bytes: Buffer }> {
  let part: Awaited<ReturnType<typeof request.file>>;
  try {
    part = await request.file();
  } catch (error) {
    if (fastifyCode(error) === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw new AppError(errors.missing);
    throw error;
  }
  if (!part) throw new AppError(errors.missing);
  const name = part.filename || '';
  if (errors.nameCheck && !errors.nameCheck.accept(name)) {
    part.file.resume();
    throw new AppError(errors.nameCheck.error);
  }
  try {
    return { name, bytes: await part.toBuffer() };
  } catch (error) {
    if (fastifyCode(error) === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError(errors.tooLarge, { params: { megabytes: errors.megabytes } });
    }
    throw error;
  }
}
