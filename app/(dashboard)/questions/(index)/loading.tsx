import { Skeleton } from "@/components/ui/skeleton";

/** While the sets list loads. (Not above [setId]: a streamed page could no longer answer 404.) */
export default function QuestionsLoading() {
  return (
    <div className="space-y-4" aria-busy="true">
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-4 w-72" />
      <div className="space-y-2 pt-2">
        {Array.from({ length: 8 }, (_, index) => (
          <Skeleton key={index} className="h-11 w-full" />
        ))}
      </div>
    </div>
  );
}
