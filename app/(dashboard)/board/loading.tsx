import { Skeleton } from "@/components/ui/skeleton";

/** The board while it loads: chips and seven columns of cards. */
export default function BoardLoading() {
  return (
    <div aria-busy="true" className="space-y-4">
      <Skeleton className="h-8 w-24" />
      <div className="flex gap-1.5">
        {Array.from({ length: 7 }, (_, index) => (
          <Skeleton key={index} className="h-7 w-12" />
        ))}
      </div>
      <div className="flex gap-3 overflow-hidden">
        {Array.from({ length: 7 }, (_, column) => (
          <div key={column} className="w-52 shrink-0 space-y-2 rounded-lg border p-2">
            <Skeleton className="h-5 w-16" />
            {Array.from({ length: 3 }, (_, index) => (
              <Skeleton key={index} className="h-16 w-full" />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
