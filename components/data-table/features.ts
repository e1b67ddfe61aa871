// The features every data table registers: server-side sorting (manual), column visibility
// and row selection. Filtering and pagination happen on the server from the URL.
import {
  columnVisibilityFeature,
  createColumnHelper,
  metaHelper,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  type RowData,
} from "@tanstack/react-table";

type TDataTableColumnMeta = {
  /** A short class for the column's <th> and <td> (width, alignment; see data-table.css). */
  className?: string;
};

export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  rowSelectionFeature,
  columnMeta: metaHelper<TDataTableColumnMeta>(),
});

export type TDataTableFeatures = typeof dataTableFeatures;

export function createDataTableColumns<TData extends RowData>() {
  return createColumnHelper<TDataTableFeatures, TData>();
}
