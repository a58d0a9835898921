import type { AddressInfo } from "node:net";
import { mkdirSync } from "node:fs";

export interface LocalDynamo {
  endpoint: string;
  close(): Promise<void>;
}

/**
 * Starts dynalite, a real DynamoDB API, on 127.0.0.1 at a free port: persisted under
 * `dataDir`, or in memory when `dataDir` is null.
 */
export async function startLocalDynamo(dataDir: string | null): Promise<LocalDynamo> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // Loaded here, not with the module: a command's --help or bad usage never pays for dynalite and leveldb.
  const { default: dynalite } = await import("dynalite");
  // createTableMs 0: tables are ACTIVE at once, as a local run expects.
  const server = dynalite({ path: dataDir ?? undefined, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
