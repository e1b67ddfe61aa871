// What the bar charts take: plain, serialisable data, so a server component can pass it.

/** One bar: its label on the axis and one value per series, in series order. */
export type TBarRow = { label: string; values: readonly number[] };
/** A series: its name (in the tooltip and legend) and colour (a CSS colour, e.g. `var(--primary)`). */
export type TBarSeries = { name: string; color: string };

export type TStackedBarsProps = {
  rows: readonly TBarRow[];
  series: readonly TBarSeries[];
  /** The chart's accessible name and the description a screen reader reads out (its numbers). */
  title: string;
  summary: string;
  /** Room for the row labels, in px. */
  labelWidth: number;
};
