import type { LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { BlockedAddressError, createFetcher, UnsafeRedirectError, type Fetcher } from "../../lib/fetch";
import { refusedRange } from "../../lib/fetch/address-guard";
import type { FetchedPage } from "../../lib/types";
import { FAST, page, rejection, replayFetcher, serverPool, testOutlet } from "./helpers";

const { serve, closeAll } = serverPool();
let fetcher: Fetcher;

afterEach(async () => {
  await fetcher?.close();
  await closeAll();
});

/** A resolver that answers every name with these addresses, as a hostile or broken DNS would. */
function resolvesTo(...addresses: string[]): LookupFunction {
  const answers: LookupAddress[] = addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  return (_hostname, options, callback) => {
    if (options.all) callback(null, answers);
    else callback(null, answers[0].address, answers[0].family);
  };
}

describe("refusedRange", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.8.9.10", "loopback"],
    ["::1", "loopback"],
    ["10.1.2.3", "private network"],
    ["172.16.0.1", "private network"],
    ["172.31.255.255", "private network"],
    ["192.168.1.1", "private network"],
    ["fd12:3456::1", "private network"],
    ["169.254.169.254", "link-local"],
    ["fe80::1", "link-local"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["100.127.255.255", "carrier-grade NAT"],
    ["0.0.0.0", "unspecified"],
    ["::", "unspecified"],
    ["224.0.0.251", "multicast"],
    ["ff02::1", "multicast"],
    ["255.255.255.255", "reserved"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:169.254.169.254", "link-local"],
    ["::ffff:10.0.0.1", "private network"],
  ])("refuses %s (%s)", (address, why) => {
    expect(refusedRange(address)).toBe(why);
  });

  it.each([["8.8.8.8"], ["185.199.108.153"], ["172.32.0.1"], ["100.63.255.255"], ["2a00:1450:4001::1"], ["::ffff:8.8.8.8"]])(
    "lets the public address %s through",
    (address) => {
      expect(refusedRange(address)).toBeNull();
    },
  );

  it("refuses the Lambda runtime API's address wherever it points", () => {
    const before = process.env.AWS_LAMBDA_RUNTIME_API;
    process.env.AWS_LAMBDA_RUNTIME_API = "198.51.100.7:9001";
    try {
      expect(refusedRange("198.51.100.7")).toBe("Lambda runtime API");
    } finally {
      if (before === undefined) delete process.env.AWS_LAMBDA_RUNTIME_API;
      else process.env.AWS_LAMBDA_RUNTIME_API = before;
    }
  });
});

describe("the fetcher refuses non-public addresses at connect time", () => {
  it("refuses a registry host that resolves to 127.0.0.1, sending nothing and not retrying", async () => {
    const server = await serve({ "/archives/1": page("<p>داخلي</p>") });
    const port = new URL(server.origin).port;
    fetcher = createFetcher({ ...FAST, paceScale: 0, lookup: resolvesTo("127.0.0.1") });
    const error = await rejection(fetcher.fetchPage(`http://news.test:${port}/archives/1`, { outlet: testOutlet() }));
    expect(error).toBeInstanceOf(BlockedAddressError);
    expect(error).toMatchObject({ code: "BLOCKED_ADDRESS", kind: "permanent", address: "127.0.0.1", range: "loopback" });
    expect((error as BlockedAddressError).url).toBe(`http://news.test:${port}/archives/1`);
    expect(server.hits).toEqual([]);
    // One refusal for robots.txt, one for the page: neither retried.
    expect(fetcher.stats().errors).toEqual({ BLOCKED_ADDRESS: 2 });
  });

  it("fetches the same host from 127.0.0.1 when the local run allows private addresses", async () => {
    const server = await serve({ "/archives/1": page("<p>داخلي</p>") });
    const port = new URL(server.origin).port;
    fetcher = createFetcher({ ...FAST, paceScale: 0, lookup: resolvesTo("127.0.0.1"), allowPrivateAddresses: true });
    const result = (await fetcher.fetchPage(`http://news.test:${port}/archives/1`, { outlet: testOutlet() })) as FetchedPage;
    expect(result.html).toBe("<p>داخلي</p>");
    expect(server.hits).toEqual(["/robots.txt", "/archives/1"]);
  });

  it.each([
    ["the metadata service", ["169.254.169.254"], "169.254.169.254"],
    ["an IPv4-mapped loopback", ["::ffff:127.0.0.1"], "::ffff:127.0.0.1"],
    ["a mixed answer with one private address", ["203.0.113.9", "10.0.0.5"], "10.0.0.5"],
  ])("refuses a host whose DNS answers %s", async (_case, answers, refused) => {
    fetcher = createFetcher({ ...FAST, paceScale: 0, lookup: resolvesTo(...answers) });
    const error = await rejection(fetcher.fetchPage("http://news.test/archives/1", { outlet: testOutlet() }));
    expect(error).toBeInstanceOf(BlockedAddressError);
    expect((error as BlockedAddressError).address).toBe(refused);
  });

  it("refuses a registry host written as a loopback IP literal", async () => {
    const server = await serve({ "/archives/1": page("<p>x</p>") });
    fetcher = createFetcher({ ...FAST, paceScale: 0 });
    const error = await rejection(fetcher.fetchPage(`${server.origin}/archives/1`, { outlet: testOutlet({ hosts: ["127.0.0.1"] }) }));
    expect(error).toBeInstanceOf(BlockedAddressError);
    expect(server.hits).toEqual([]);
  });
});

describe("the fetcher refuses redirects that leave the port or the scheme", () => {
  it("refuses a redirect to another port of the same registry host", async () => {
    const other = await serve({ "/admin": page("<p>admin</p>") });
    const port = new URL(other.origin).port;
    const home = await serve({ "/go": (_req, res) => res.writeHead(302, { location: `http://127.0.0.1:${port}/admin` }).end() });
    fetcher = createFetcher({ ...FAST, paceScale: 0, allowPrivateAddresses: true });
    const error = await rejection(fetcher.fetchPage(`${home.origin}/go`, { outlet: testOutlet({ hosts: ["127.0.0.1"] }) }));
    expect(error).toBeInstanceOf(UnsafeRedirectError);
    expect(error).toMatchObject({ code: "UNSAFE_REDIRECT", kind: "permanent", reason: "port" });
    expect(other.hits).toEqual([]);
  });

  it("refuses a redirect from https down to http", async () => {
    const server = await serve({ "/news.test/archives/1": (_req, res) => res.writeHead(301, { location: "http://news.test/archives/1" }).end() });
    fetcher = replayFetcher(server);
    const error = await rejection(fetcher.fetchPage("https://news.test/archives/1", { outlet: testOutlet() }));
    expect(error).toMatchObject({ code: "UNSAFE_REDIRECT", reason: "downgrade" });
    expect(server.count("/news.test/archives/1")).toBe(1);
  });

  it("refuses a redirect to an explicit port of a registry host", async () => {
    const server = await serve({ "/news.test/a": (_req, res) => res.writeHead(302, { location: "https://news.test:8443/a" }).end() });
    fetcher = replayFetcher(server);
    const error = await rejection(fetcher.fetchPage("https://news.test/a", { outlet: testOutlet() }));
    expect(error).toMatchObject({ code: "UNSAFE_REDIRECT", reason: "port" });
  });

  it("follows a redirect from http up to https on the default ports", async () => {
    const server = await serve({
      "/news.test/archives/3": (_req, res) => res.writeHead(301, { location: "https://www.news.test/archives/3" }).end(),
      "/www.news.test/archives/3": page("<p>3</p>"),
    });
    fetcher = replayFetcher(server);
    const result = (await fetcher.fetchPage("http://news.test/archives/3", { outlet: testOutlet() })) as FetchedPage;
    expect(result.finalUrl).toBe("https://www.news.test/archives/3");
  });
});
