import { Skeleton } from "@/components/ui/skeleton";

/** The company page while it loads: header, notes and an application with its timeline. */
export default function CompanyLoading() {
  return (
    <div aria-busy="true" className="space-y-6">
      <Skeleton className="h-4 w-28" />
      <div className="space-y-2">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-4 w-64" />
      </div>
      <Skeleton className="h-16 w-full" />
      <div className="space-y-3 rounded-lg border p-4">
        <Skeleton className="h-6 w-40" />
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} className="h-10 w-full" />
        ))}
      </div>
    </div>
  );
}
