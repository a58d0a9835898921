/**
 * The one validation path for the options commands share (--since, --until, --governorate,
 * --min-killed, --limit, --budget, --outlet, --out, --data): each check throws a {@link UsageError} that
 * `main` prints as one line prefixed by the command, with exit code 2.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { UsageError } from "./command";
import { EventFilterError, parseFilter, type EventFilter, type FilterText } from "../export";
import { OUTLETS, type Outlet } from "../outlets/registry";
import type { LocalOptions } from "../local/session";
import { LOCAL_DATA_DIR } from "../constants";

const WHOLE = /^\d+$/;

/** The event filter options, checked as the API checks its query: real days in order, a known governorate, a whole --min-killed. */
export function filterOptions(values: FilterText): EventFilter {
  try {
    return parseFilter(values, (name) => `--${name}`);
  } catch (error) {
    if (error instanceof EventFilterError) throw new UsageError(error.message);
    throw error;
  }
}

/** `--limit N`: a whole number of 1 or more, or undefined when not given. */
export function limitOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!WHOLE.test(value) || Number(value) < 1) throw new UsageError(`--limit must be a whole number of 1 or more, not "${value}"`);
  return Number(value);
}

/** `--budget SECONDS`: a number of seconds above 0, as milliseconds; undefined when not given. */
export function budgetOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!(Number.isFinite(seconds) && seconds > 0)) throw new UsageError(`--budget must be a number of seconds above 0, not "${value}"`);
  return seconds * 1_000;
}

/** `--outlet ID …`: registry outlets, every one when none is named. */
export function outletOptions(ids: readonly string[] | undefined): readonly Outlet[] {
  if (!ids) return OUTLETS;
  const unknown = ids.filter((id) => !OUTLETS.some((o) => o.id === id));
  if (unknown.length > 0) {
    throw new UsageError(`unknown outlet ${unknown.map((id) => `"${id}"`).join(", ")}; known: ${OUTLETS.map((o) => o.id).join(", ")}`);
  }
  return ids.map((id) => OUTLETS.find((o) => o.id === id)!);
}

/** `--out FILE`: checked before any work, so a typo in the folder does not cost a whole run. */
export function outFileOption(file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  const folder = path.dirname(path.resolve(file));
  if (!existsSync(folder)) throw new UsageError(`--out ${file}: the folder ${path.dirname(file)} does not exist`);
  if (!statSync(folder).isDirectory()) throw new UsageError(`--out ${file}: ${path.dirname(file)} is not a folder`);
  if (existsSync(file) && statSync(file).isDirectory()) throw new UsageError(`--out ${file} is a folder; name a file`);
  return file;
}

/**
 * `--data DIR` (and `--memory`) as session options for `command`. Only `create` commands (collect,
 * demo) may start a data folder; the others refuse one that holds no store, rather than read an
 * empty database and report nothing.
 */
export function dataOptions(command: string, values: { data?: string; memory?: boolean }, access: "read" | "create"): LocalOptions {
  if (values.memory) return { memory: true, command };
  const dir = values.data ?? LOCAL_DATA_DIR;
  const named = values.data === undefined ? `the data folder ${dir}` : `--data ${dir}`;
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`${named} is a file, not a folder`);
  if (access === "read" && !existsSync(path.join(dir, "db"))) {
    throw new UsageError(
      existsSync(dir)
        ? `${named} holds no rasd store: give the folder a demo or collect run wrote`
        : `${named} does not exist: run "npx rasd demo" (recorded pages) or "npx rasd collect" first${values.data === undefined ? ", or pass --data DIR" : ""}`,
    );
  }
  return { dataDir: dir, command };
}
