// Only the list: a loading boundary above /companies/[id] would start streaming before the
// company page can answer 404 for another user's company.
import { Skeleton } from "@/components/ui/skeleton";

/** The companies table while its page loads: header, filter chips and rows. */
export default function CompaniesLoading() {
  return (
    <div aria-busy="true" className="space-y-4">
      <div className="space-y-2">
        <Skeleton className="h-8 w-32" />
        <Skeleton className="h-4 w-64" />
      </div>
      <Skeleton className="h-9 w-full max-w-md" />
      <div className="flex flex-wrap gap-2">
        {Array.from({ length: 6 }, (_, index) => (
          <Skeleton key={index} className="h-7 w-16" />
        ))}
      </div>
      <div className="space-y-2 rounded-lg border p-3">
        {Array.from({ length: 8 }, (_, index) => (
          <Skeleton key={index} className="h-9 w-full" />
        ))}
      </div>
    </div>
  );
}
