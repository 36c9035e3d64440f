import {
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  type TableProps,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** One column heading of a {@link PaneTable}. */
export interface PaneColumn {
  label: ReactNode;
  className?: string;
  /** Needed only where the columns change (one per quarter…); else the position is the key. */
  key?: string;
}

/**
 * A table of the task pane: Fluent's table named by `label`, with one heading row of `columns`
 * (none for a table of label/value pairs) and `children` as the body rows.
 */
export function PaneTable({
  label,
  columns = [],
  size = 'small',
  className,
  testId,
  children,
}: {
  label: string;
  columns?: PaneColumn[];
  size?: TableProps['size'];
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <Table size={size} aria-label={label} className={className} data-testid={testId}>
      {columns.length > 0 && (
        <TableHeader>
          <TableRow>
            {columns.map((c, i) => (
              <TableHeaderCell key={c.key ?? i} className={c.className}>
                {c.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
      )}
      <TableBody>{children}</TableBody>
    </Table>
  );
}
