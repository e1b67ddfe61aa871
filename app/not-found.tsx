import type { Metadata } from "next";

import { NotFoundView } from "@/components/shell/not-found-view";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("shell.notFoundTitle") };
}

export default function NotFound() {
  return <NotFoundView />;
}
