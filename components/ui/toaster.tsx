"use client";

import { lazy, Suspense, useEffect, useState, type ComponentProps } from "react";

import { registerToaster } from "./toast";

const SonnerToaster = lazy(() => import("./toaster-sonner"));

/** One per app (app/layout.tsx): renders nothing until the first toast (toast.ts). */
export function Toaster(props: ComponentProps<typeof SonnerToaster>) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    registerToaster(() => setShown(true));
    return () => registerToaster(null);
  }, []);
  if (!shown) return null;
  return (
    <Suspense fallback={null}>
      <SonnerToaster {...props} />
    </Suspense>
  );
}
