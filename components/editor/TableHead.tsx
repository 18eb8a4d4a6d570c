/** One column of an editor table: its header text and the classes of its header cell. */
export type TableColumn = { label: React.ReactNode; className: string };

/** The header row of an editor table: a column header cell for each column, in order. */
export function TableHead({ columns, className }: { columns: readonly TableColumn[]; className: string }) {
  return (
    <thead className={className}>
      <tr>
        {columns.map((column, i) => (
          // The columns of a table are fixed: their position is their identity.
          <th key={i} scope="col" className={column.className}>
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
