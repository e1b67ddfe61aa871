"use client";

// A stacked bar chart in a box of fixed height: recharts loads in its own chunk after the page
// (dynamic import, client only), and a placeholder of the same height holds its place meanwhile.
import dynamic from "next/dynamic";

import { Skeleton } from "@/components/ui/skeleton";

import type { TStackedBarsProps } from "./types";

const StackedBars = dynamic(() => import("./stacked-bars"), {
  ssr: false,
  loading: () => <Skeleton className="size-full" />,
});

export function BarChart({ height, testId, ...chart }: TStackedBarsProps & { height: number; testId: string }) {
  return (
    <div className="w-full" style={{ height }} data-testid={testId}>
      <StackedBars {...chart} />
    </div>
  );
}
