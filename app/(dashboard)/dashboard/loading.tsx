import { Skeleton } from "@/components/ui/skeleton";

/** The dashboard while it loads: the title, the summary row, then the funnel and the upcoming list. */
export default function DashboardLoading() {
  return (
    <div aria-busy="true" className="space-y-6">
      <Skeleton className="h-8 w-32" />
      <Skeleton className="h-28 w-full" />
      <Skeleton className="h-72 w-full" />
    </div>
  );
}
