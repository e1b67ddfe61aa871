"use client";

import { ErrorView } from "@/components/shell/error-view";

/** An error thrown while rendering outside the signed-in shell; details stay in the server log. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorView error={error} retry={retry} />;
}
