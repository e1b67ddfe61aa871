// Work that holds tens of megabytes outside the JavaScript heap while it runs (images inflated
// from a zip, a backup being parsed): at most a few at once in one server process, whoever sends
// them, so parallel requests cannot push the process's memory past its budget. Others wait their
// turn in order; past a short queue they are refused with a translated "busy" message.
import { AppError } from "@/lib/errors";

type TSlots = <T>(task: () => Promise<T>) => Promise<T>;

export function processSlots(size: number, maxWaiting: number): TSlots {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= size) {
      if (waiting.length >= maxWaiting) throw new AppError("CONFLICT", "import.errors.serverBusy");
      await new Promise<void>((resolve) => waiting.push(resolve));
    } else {
      running += 1;
    }
    try {
      return await task();
    } finally {
      // The slot passes straight to the next in line, or is freed.
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}
