// You are here: what staff routes of every group share. It builds no schema, so a group that imports
// it does not pay at start for another group's contracts.
import { normalizeReference } from '../shared/domain/credentials';
import { NotFoundError } from '../shared/domain/errors';

/** The case reference from the path; a malformed one cannot exist, so it is simply not found. */
export function referenceFromPath(pathParameters: Record<string, string>): string {
  const reference = normalizeReference(pathParameters.reference ?? '');
  if (!reference) throw new NotFoundError('No case with this reference in your agency');
  return reference;
}

export const STAFF_ERRORS = {
  401: { description: 'No valid staff token' },
  403: { description: 'The token lacks a role this needs' },
  404: { description: 'No case with this reference in your agency' },
} as const;
