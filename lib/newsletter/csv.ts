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

/**
 * A CSV file download, streamed: the header row, then the rows of each page as the database
 * hands it over, so a large export is never held in memory. `name` becomes
 * `<name>-<today>.csv`; the file is never cached.
 */
export function csvDownload<T>(name: string, header: string[], pages: AsyncIterable<T[]>, row: (item: T) => unknown[]): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(csvRow(header)));
      for await (const page of pages) controller.enqueue(encoder.encode(page.map((item) => csvRow(row(item))).join("")));
      controller.close();
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
}
