// You are here: how agency and unit ids are written. The registry's schemas, the path rule of the
// agencies' pages and the console pages all test ids with these, so an id one accepts the others do.

/** An agency id: in requests, object keys, encryption contexts and page addresses. */
export const AGENCY_ID = /^[a-z][a-z0-9-]{1,40}$/;

/** A unit id; unique within its agency only. */
export const UNIT_ID = /^[a-z0-9][a-z0-9-]{0,40}$/;

/** AGENCY_ID without its anchors, for rules that find an id inside a longer text. */
export const AGENCY_ID_BODY = AGENCY_ID.source.slice(1, -1);
