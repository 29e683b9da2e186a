// You are here: what staff routes of every group share. It builds no schema when imported, so a group
// that imports it does not pay at start for another group's contracts.
import * as z from 'zod/mini';
import { normalizeReference } from '../shared/domain/credentials';
import { NotFoundError } from '../shared/domain/errors';
import { WRITTEN_REASON } from '../shared/domain/staff';
import { boundedText, codePoints } from '../shared/domain/text';

/** The written reason of a reveal, a legal hold or an export. */
export const writtenReason = (description: string) =>
  boundedText(WRITTEN_REASON.max, description).check(
    z.refine((value) => codePoints(value) >= WRITTEN_REASON.min, `must be at least ${WRITTEN_REASON.min} characters`),
  );

/** The case reference from the path; a malformed one cannot exist, so it is simply not found. */
export function referenceFromPath(pathParameters: Record<string, string>): string {
  const reference = normalizeReference(pathParameters.reference ?? '');
  if (!reference) throw new NotFoundError('No case with this reference in your agency');
  return reference;
}

/** The OpenAPI document adds what every route with a path parameter answers when it names nothing (404). */
export const STAFF_ERRORS = {
  401: { description: 'No valid staff token' },
  403: { description: 'The token lacks a role this needs' },
} as const;
