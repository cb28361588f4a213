// Writes responses. Tests check every response against its route's zod schema, so presenters and
// contracts cannot drift apart unnoticed; in production the presenters' types already fix the
// shape and responses are written as they are (checking would add ~50 µs to a 50-item list).
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import type { z } from 'zod';

export class ResponseShapeError extends Error {
  override name = 'ResponseShapeError';
}

export function responseSerializer(options: { validate: boolean }): FastifySerializerCompiler<z.ZodType> {
  return ({ schema, method, url }) => {
    if (!options.validate) return (data) => JSON.stringify(data);
    return (data) => {
      const checked = schema.safeParse(data);
      if (!checked.success) {
        throw new ResponseShapeError(`${method} ${url}: ${JSON.stringify(checked.error.issues.slice(0, 3))}`);
      }
      return JSON.stringify(checked.data);
    };
  };
}
