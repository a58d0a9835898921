// Placeholder written by the stacks task so `sst deploy` and the stack tests can bundle a handler;
// the lead engineer replaces it with the real reextract handler.
export async function handler(): Promise<never> {
  throw new Error("reextract is not implemented yet");
}
