// You are here: how the reporter's contact details must look, checked by the complaint schema on the
// server and by the report form before sending, from this one module (no imports, no zod).

/** Digits, spaces or dashes, optionally after a "+": 081 234 5678, +66-81-234-5678. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 -]{5,20}$/;

/** An e-mail address: zod's own default pattern, given explicitly so the page can apply the same one. */
export const EMAIL_PATTERN = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** The longest e-mail address SMTP can carry. */
export const EMAIL_MAX_LENGTH = 254;

/** Thai national ID: 13 digits whose last is a mod-11 check digit over the first twelve. */
export function isThaiNationalId(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const sum = digits.slice(0, 12).reduce((total, digit, index) => total + digit * (13 - index), 0);
  return (11 - (sum % 11)) % 10 === digits[12];
}
