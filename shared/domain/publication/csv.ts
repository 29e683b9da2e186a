// You are here: the published CSV's fields, written as RFC 4180 has them and safe to open in a
// spreadsheet. A field holding a comma, a double quote, a line feed or a carriage return is quoted
// (a bare CR would otherwise end the record for some readers); a field a spreadsheet would take for a
// formula gets a leading apostrophe, as OWASP's guidance on CSV injection advises.

/** =, +, - and @ start a formula; a leading tab or CR is dropped by some spreadsheets, and what follows is read. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A number (a count, a median, a percentage) stays a number, sign and all. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  const inert = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

/** One record: its fields, comma-separated (the caller ends records with CRLF). */
export const csvRecord = (fields: readonly string[]) => fields.map(csvField).join(',');
