import { z } from 'zod';
import { validationError, type FieldIssue } from './errors';

/** Parses input with a schema; a failure becomes a VALIDATION error naming each field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw validationError(fieldIssues(result.error));
}

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join('.') : 'input',
    message: issue.message,
  }));
}

/** HTML forms send '' for an unset field; treat it as absent. */
export function optional<S extends z.ZodType>(schema: S) {
  return z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());
}

export const pageNumber = z.coerce.number().int().min(1).max(10_000).default(1);
