// You are here: the shape of the stop token in a news e-mail's stop link, checked by the stop route
// and by the stop page before sending, from this one module (no imports, no zod).

/** 256 bits, base64url without padding: 43 characters. */
export const STOP_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
