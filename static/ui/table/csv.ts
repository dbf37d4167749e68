// CSV text: RFC 4180 (CRLF rows, fields with a comma, quote or line break quoted, quotes doubled) with a UTF-8
// byte-order mark so Excel reads Chinese. Text that a spreadsheet would run as a formula (=, +, -, @ first)
// is prefixed with an apostrophe, for text that comes from users.

export type CsvCell = string | number;

/** One field, quoted when it must be. */
export function csvField(value: CsvCell): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** User-entered text, defused for spreadsheets. */
export function csvText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The whole file: BOM, then one CRLF-terminated line per row. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
