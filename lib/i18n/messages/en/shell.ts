import type { TArea } from "../../types";

export const shell: TArea<"shell"> = {
  skipToContent: "Skip to main content",
  openMenu: "Open menu",
  closeMenu: "Close menu",
  userMenu: "Account menu",
  signOut: "Sign out",
  language: "Language",
  theme: "Theme",
  notFoundTitle: "Page not found",
  notFoundBody: "The page you are looking for may have been moved or deleted.",
  errorTitle: "Something went wrong",
  errorBody: "This page could not be loaded. Try again; if the problem persists, come back a little later.",
  errorId: "Error ID: {id}",
};
