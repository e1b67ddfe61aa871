"use client";

import { ErrorView } from "@/components/shell/error-view";

/** An error in a signed-in page: the shell stays, the page area shows what happened. */
export default function DashboardError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorView error={error} retry={retry} fullScreen={false} />;
}
