/**
 * CSV cells that a spreadsheet cannot turn into formulas (OWASP "CSV injection"): a cell that
 * starts with = + - @ or a tab/CR gets a leading apostrophe, and every cell is quoted.
 */
export function csvCell(value: unknown): string {
  let text =
    value === null || value === undefined
      ? ""
      : value instanceof Date
        ? value.toISOString()
        : Array.isArray(value)
          ? value.join(" ")
          : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvRow(values: unknown[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
