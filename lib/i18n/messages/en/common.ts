import type { TArea } from "../../types";

export const common: TArea<"common"> = {
  appName: "Offerboard",
  tagline: "Your campus recruiting season on one board",
  loading: "Loading…",
  save: "Save",
  cancel: "Cancel",
  confirm: "Confirm",
  delete: "Delete",
  close: "Close",
  retry: "Try again",
  backHome: "Back to home",
  comingSoon: "Coming soon",
};
