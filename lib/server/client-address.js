// The client's address, from the socket. A proxy's X-Forwarded-For is believed only when the
// socket's peer is one of TRUSTED_PROXY's addresses: each trusted hop may name the one before
// it, and the first address that is not a trusted proxy is the client. Without TRUSTED_PROXY the
// header is ignored, so a client cannot forge its address. Plain JavaScript: the app's HTTP
// server (lib/server/serve.js) runs without a TypeScript loader.
import net from "node:net";

/**
 * "::ffff:10.0.0.1" (an IPv4 client on an IPv6 socket) → "10.0.0.1"; anything not an IP → null.
 * @param {string | undefined} value
 * @returns {string | null}
 */
export function normalizeAddress(value) {
  const trimmed = value?.trim() ?? "";
  const plain = trimmed.toLowerCase().startsWith("::ffff:") && net.isIPv4(trimmed.slice(7)) ? trimmed.slice(7) : trimmed;
  return net.isIP(plain) ? plain.toLowerCase() : null;
}

/**
 * @param {string | undefined} socketAddress the TCP peer
 * @param {string | string[] | undefined} forwardedFor the request's X-Forwarded-For header(s)
 * @param {readonly string[]} trustedProxies normalized addresses (parseEnv's TRUSTED_PROXY)
 * @returns {string | null}
 */
export function resolveClientAddress(socketAddress, forwardedFor, trustedProxies) {
  let client = normalizeAddress(socketAddress);
  if (!client || trustedProxies.length === 0 || !forwardedFor) return client;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor).split(",");
  while (client && trustedProxies.includes(client) && hops.length > 0) {
    const previous = normalizeAddress(hops.pop());
    if (!previous) break;
    client = previous;
  }
  return client;
}
