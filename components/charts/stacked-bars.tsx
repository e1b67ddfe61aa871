"use client";

// Horizontal stacked bars drawn with recharts in the theme's colours (CSS variables, so light and
// dark both read), with each row's total at its end. Loaded only through ./bar-chart.tsx, which
// keeps recharts out of every route's first load.
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";

import type { TBarRow, TStackedBarsProps } from "./types";

const TICK = { fill: "var(--muted-foreground)", fontSize: 12 };
const TOOLTIP_BOX = {
  background: "var(--popover)",
  border: "1px solid var(--border)",
  borderRadius: 8,
  color: "var(--popover-foreground)",
  fontSize: 12,
};
const total = (row: TBarRow) => row.values.reduce((sum, value) => sum + value, 0);

export default function StackedBars({ rows, series, title, summary, labelWidth }: TStackedBarsProps) {
  return (
    <BarChart
      responsive
      style={{ width: "100%", height: "100%" }}
      data={[...rows]}
      layout="vertical"
      margin={{ top: 4, right: 28, bottom: 0, left: 0 }}
      title={title}
      desc={summary}
    >
      <CartesianGrid stroke="var(--border)" horizontal={false} />
      <XAxis type="number" tick={TICK} tickLine={false} axisLine={false} allowDecimals={false} />
      <YAxis dataKey="label" type="category" tick={TICK} tickLine={false} axisLine={false} interval={0} width={labelWidth} />
      {/* Series in legend order (recharts sorts them by name), in the text colour, as a faint series would not read. */}
      <Tooltip
        cursor={{ fill: "var(--muted)", opacity: 0.6, stroke: "none" }}
        contentStyle={TOOLTIP_BOX}
        labelStyle={{ fontWeight: 600 }}
        itemStyle={{ padding: 0, color: "var(--popover-foreground)" }}
        itemSorter={(item) => series.findIndex((one) => one.name === item.name)}
      />
      {series.map((one, index) => (
        <Bar
          key={one.name}
          name={one.name}
          dataKey={(row: TBarRow) => row.values[index] ?? 0}
          stackId="total"
          fill={one.color}
          maxBarSize={22}
          isAnimationActive={false}
        />
      ))}
      {/* An empty bar at the end of each stack carries its total, even where the last series is 0. */}
      <Bar dataKey={() => 0} stackId="total" minPointSize={1} fill="transparent" tooltipType="none" legendType="none" isAnimationActive={false}>
        <LabelList dataKey={total} position="right" fill="var(--foreground)" fontSize={12} />
      </Bar>
    </BarChart>
  );
}
