import { AppError } from "@/lib/errors";

/**
 * One step of a random sequence of writes: what `step` says (true when a write landed), or false
 * when the services refused it with an AppError, which the sequence counts as a step that did not land.
 */
export async function unlessRefused(step: () => Promise<boolean>): Promise<boolean> {
  try {
    return await step();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return false;
  }
}
