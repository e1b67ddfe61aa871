// Environment, validated once. Imported by next.config.js, so a bad variable fails the build
// and the start, not a request.
import { parseEnv } from "./env-schema.js";

export const env = parseEnv(process.env);
