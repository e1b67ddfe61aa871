import type { Metadata } from "next";

import { NotFoundView } from "@/components/shell/not-found-view";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("shell.notFoundTitle") };
}

export default function NotFound() {
  return <NotFoundView />;
}
