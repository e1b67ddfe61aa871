import { Skeleton } from "@/components/ui/skeleton";

/** The board while it loads: the title, the tier chips and the columns' area. */
export default function BoardLoading() {
  return (
    <div aria-busy="true" className="space-y-4">
      <Skeleton className="h-8 w-24" />
      <Skeleton className="h-7 w-80 max-w-full" />
      <Skeleton className="h-96 w-full" />
    </div>
  );
}
