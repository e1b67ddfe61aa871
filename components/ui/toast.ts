// Toasts without sonner in the first load: the first toast loads it and mounts the toaster
// (toaster.tsx); sonner then shows toasts created before its toaster subscribed.
// Call `toast.success(t("settings.saved"))` anywhere on the client.
type TSonner = typeof import("sonner");
type TArgs = Parameters<TSonner["toast"]["success"]>;

let sonner: Promise<TSonner> | null = null;
let showToaster: (() => void) | null = null;

/** Called by the app's one <Toaster />: how a toast makes it appear. */
export function registerToaster(show: (() => void) | null) {
  showToaster = show;
}

function withSonner(show: (module: TSonner) => void) {
  showToaster?.();
  sonner ??= import("sonner");
  sonner.then(show, () => {
    sonner = null;
  });
}

export const toast = {
  success: (...args: TArgs) => withSonner(({ toast }) => toast.success(...args)),
  error: (...args: TArgs) => withSonner(({ toast }) => toast.error(...args)),
};
