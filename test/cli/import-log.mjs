// Preloaded with `node --import` by bin.test.ts: appends the URL of every module the process
// resolves to the file named by RASD_IMPORT_LOG. Module hooks run on a thread of their own;
// the main thread registers this same file there.
import { appendFileSync } from "node:fs";
import { register } from "node:module";
import { isMainThread } from "node:worker_threads";

if (isMainThread) register(import.meta.url);

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.RASD_IMPORT_LOG, result.url + "\n");
  return result;
}
