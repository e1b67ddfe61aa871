"use client";

// The calendar in a box of fixed height: react-big-calendar and its styles load in their own
// chunk after the page (dynamic import, client only), on this route only, and a placeholder of
// the same height holds their place meanwhile.
import dynamic from "next/dynamic";

import { Skeleton } from "@/components/ui/skeleton";

import type { TCalendarGridProps } from "./calendar-grid";

import "./calendar.css";

export const CalendarView = dynamic<TCalendarGridProps>(() => import("./calendar-grid"), {
  ssr: false,
  loading: () => (
    <div className="cal-root" data-testid="calendar-placeholder">
      <Skeleton className="size-full" />
    </div>
  ),
});
