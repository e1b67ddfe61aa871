// Where Debian's Chromium lives; read by the browser tests and by `npm test`, which installs it.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
