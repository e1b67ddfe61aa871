import type { Page } from "playwright-core";
import { expect } from "vitest";

// What the undo browser tests share: the stored rows to compare, screenshots, and the toast's undo.

const SHOTS = process.env.E2E_SCREENSHOTS;
export const poll = <T,>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000 });

/**
 * Every stored row of the company's applications and steps, to compare before and after: all
 * columns but the version and updatedAt, which every write (an undo too) moves on.
 */
export async function stored(companyId: string) {
  const { db } = await import("@/lib/db");
  return db.application.findMany({
    where: { companyId },
    orderBy: { createdAt: "asc" },
    omit: { version: true, updatedAt: true },
    include: { events: { orderBy: { position: "asc" } } },
  });
}

/** A screenshot when E2E_SCREENSHOTS names a folder, once toasts and dialogs have finished moving in. */
export async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** Presses the undo button of the toast on screen. */
export async function undoFromToast(page: Page, label = "撤销") {
  await page.getByRole("button", { name: label, exact: true }).click();
}
