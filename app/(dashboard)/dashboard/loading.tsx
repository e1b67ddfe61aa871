import { Skeleton } from "@/components/ui/skeleton";

/** The dashboard while it loads: the summary row, then the funnel and the upcoming list. */
export default function DashboardLoading() {
  return (
    <div aria-busy="true" className="space-y-6">
      <Skeleton className="h-8 w-32" />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <Skeleton className="col-span-2 h-28 sm:col-span-3 lg:col-span-2" />
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} className="h-28" />
        ))}
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Skeleton className="h-72" />
        <Skeleton className="h-72" />
      </div>
    </div>
  );
}
