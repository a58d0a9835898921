/**
 * Connect-time refusal of addresses a crawler must never reach (SSRF): the host allow-list
 * says which names may be fetched, this says which addresses those names may resolve to. The
 * check runs on the addresses the socket really connects to, so a registry host whose DNS
 * points (or is re-pointed) at loopback, a private network or the cloud metadata service is
 * refused before a byte is sent.
 */
import { lookup as dnsLookup } from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { buildConnector } from "./undici";
import { BlockedAddressError } from "./errors";

/** Address ranges that are not the public internet, by why they are refused. */
const REFUSED_RANGES: readonly { why: string; subnets: readonly [string, number, "ipv4" | "ipv6"][] }[] = [
  { why: "loopback", subnets: [["127.0.0.0", 8, "ipv4"], ["::1", 128, "ipv6"]] },
  {
    why: "private network",
    subnets: [["10.0.0.0", 8, "ipv4"], ["172.16.0.0", 12, "ipv4"], ["192.168.0.0", 16, "ipv4"], ["fc00::", 7, "ipv6"]],
  },
  // 169.254.169.254 is the EC2 and ECS metadata service.
  { why: "link-local", subnets: [["169.254.0.0", 16, "ipv4"], ["fe80::", 10, "ipv6"]] },
  { why: "carrier-grade NAT", subnets: [["100.64.0.0", 10, "ipv4"]] },
  { why: "unspecified", subnets: [["0.0.0.0", 8, "ipv4"], ["::", 128, "ipv6"]] },
  { why: "multicast", subnets: [["224.0.0.0", 4, "ipv4"], ["ff00::", 8, "ipv6"]] },
  {
    why: "reserved",
    // IETF protocol assignments, benchmarking, 240/4 and broadcast, IPv4-compatible IPv6, site-local.
    subnets: [["192.0.0.0", 24, "ipv4"], ["198.18.0.0", 15, "ipv4"], ["240.0.0.0", 4, "ipv4"], ["::", 96, "ipv6"], ["fec0::", 10, "ipv6"]],
  },
];

// BlockList also matches the IPv4-mapped IPv6 form (::ffff:127.0.0.1, ::ffff:7f00:1) against IPv4 rules.
const LISTS = REFUSED_RANGES.map(({ why, subnets }) => {
  const list = new BlockList();
  for (const [network, prefix, family] of subnets) list.addSubnet(network, prefix, family);
  return { why, list };
});

/** The Lambda runtime API (`AWS_LAMBDA_RUNTIME_API`, "127.0.0.1:9001"): refused by name too, wherever it points. */
function runtimeApiHost(): string | null {
  const api = process.env.AWS_LAMBDA_RUNTIME_API;
  return api ? api.replace(/:\d+$/, "").replace(/^\[|\]$/g, "") : null;
}

/**
 * Why `address` (an IP literal) must not be connected to, or null for a public address.
 *
 * @example
 * refusedRange("169.254.169.254"); // "link-local"
 * refusedRange("::ffff:10.0.0.1"); // "private network"
 * refusedRange("185.12.1.4");      // null
 */
export function refusedRange(address: string): string | null {
  const family = isIP(address);
  if (family === 0) return null;
  if (address === runtimeApiHost()) return "Lambda runtime API";
  const type = family === 4 ? "ipv4" : "ipv6";
  return LISTS.find(({ list }) => list.check(address, type))?.why ?? null;
}

/**
 * `resolve` (dns.lookup by default) with every answer checked: a name that resolves to any
 * refused address fails with BlockedAddressError (all answers, so a mixed answer cannot slip
 * one in through Happy Eyeballs).
 */
export function guardedLookup(resolve: LookupFunction = dnsLookup): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, found) => {
      if (error) return callback(error, []);
      const addresses = typeof found === "string" ? [{ address: found, family: isIP(found) }] : found;
      for (const { address } of addresses) {
        const why = refusedRange(address);
        if (why) return callback(new BlockedAddressError(hostname, address, why), []);
      }
      if (options.all) return callback(null, addresses);
      if (addresses.length === 0) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), []);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/**
 * undici's connector with the address guard: host names resolve through `guardedLookup`, and an
 * IP literal (which the socket connects to without a lookup) is checked here. `trusted` is the
 * one "host:port" the caller named itself (the local replay server), let through as it is.
 */
export function guardedConnector(options: { timeoutMs: number; resolve?: LookupFunction; trusted?: string }): buildConnector.connector {
  const connect = buildConnector({ timeout: options.timeoutMs, lookup: guardedLookup(options.resolve) });
  return (target, callback) => {
    const literal = target.hostname.replace(/^\[|\]$/g, "");
    const why = `${literal}:${target.port}` === options.trusted ? null : refusedRange(literal);
    if (why) return callback(new BlockedAddressError(literal, literal, why), null);
    return connect(target, callback);
  };
}
