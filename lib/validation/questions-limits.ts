// Limits the question editor shows as it checks, without zod (kept out of the browser bundle).

/** The largest answer, in UTF-8 bytes. */
export const ANSWER_MAX_BYTES = 100 * 1024;
