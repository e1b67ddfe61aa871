import { NotFoundView } from "@/components/shell/not-found-view";

/** notFound() from a signed-in page (e.g. another user's company): shown inside the shell. */
export default function DashboardNotFound() {
  return <NotFoundView fullScreen={false} />;
}
