"use client";

import dynamic from "next/dynamic";

import { Skeleton } from "@/components/ui/skeleton";

/** Drag and drop loads only in reorder mode, so the set page's list ships without it. */
export const ReorderQuestions = dynamic(() => import("./sortable-questions"), {
  ssr: false,
  loading: () => <Skeleton className="h-64 w-full" />,
});
