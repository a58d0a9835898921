/**
 * Whether bytes handed to the cleaner by hand (`rasd clean FILE`) are a text page at all. The
 * fetcher refuses binary types and oversize bodies on the wire; a saved file has no
 * Content-Type, so its bytes are checked: known binary signatures, NUL bytes, and text that
 * does not decode.
 */
import { CLEAN_MAX_UNDECODABLE_SHARE, FETCH_MAX_BODY_BYTES } from "../constants";

/** File signatures of the binary formats a page is mistaken for (executables, archives, media). */
const SIGNATURES: readonly { name: string; bytes: readonly number[] }[] = [
  { name: "an ELF executable", bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: "a Windows executable", bytes: [0x4d, 0x5a] },
  { name: "a Mach-O executable", bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { name: "a Mach-O executable", bytes: [0xfe, 0xed, 0xfa, 0xcf] },
  { name: "a Mach-O universal binary or Java class", bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { name: "a WebAssembly module", bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: "a PDF document", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: "a ZIP archive", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "gzip data", bytes: [0x1f, 0x8b] },
  { name: "a bzip2 archive", bytes: [0x42, 0x5a, 0x68] },
  { name: "an xz archive", bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: "a 7-Zip archive", bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "a SQLite database", bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
];

/** Bytes looked at for NULs and undecodable text: enough to tell, cheap on a 5 MiB page. */
const SNIFF_BYTES = 65_536;

const UTF16_BOMS: readonly (readonly number[])[] = [
  [0xfe, 0xff],
  [0xff, 0xfe],
];

const startsWith = (bytes: Uint8Array, sig: readonly number[]): boolean => sig.every((b, i) => bytes[i] === b);

/** Characters that no text page holds: replacement characters from bytes that did not decode, and C0 controls but tab, newline, form feed and carriage return. */
const UNDECODABLE = /[\uFFFD\u0000-\u0008\u000B\u000E-\u001F]/g;

/**
 * Why `bytes` are not a page the cleaner should read, or null when they are: larger than the
 * fetcher's body limit (a caller may read only one byte past it), a known binary format, NUL
 * bytes, or more undecodable characters than a text page holds once decoded with `charset`.
 * @example whyNotAPage(readFileSync("/bin/ls"), "utf-8") === "is an ELF executable, not a text page"
 */
export function whyNotAPage(bytes: Uint8Array, charset: string): string | null {
  if (bytes.length > FETCH_MAX_BODY_BYTES) return `is larger than the ${mib(FETCH_MAX_BODY_BYTES)} MiB a fetched page may weigh`;
  const signature = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature) return `is ${signature.name}, not a text page`;
  const head = bytes.subarray(0, SNIFF_BYTES);
  const utf16 = UTF16_BOMS.some((bom) => startsWith(head, bom)) || charset.startsWith("utf-16");
  if (!utf16 && head.includes(0)) return "holds NUL bytes: binary data, not a text page";
  let text: string;
  try {
    text = new TextDecoder(charset).decode(head);
  } catch {
    return `declares an unknown charset "${charset}"`;
  }
  // A cut at SNIFF_BYTES may split one character; the share absorbs it.
  const bad = text.match(UNDECODABLE)?.length ?? 0;
  if (text.length > 0 && bad / text.length > CLEAN_MAX_UNDECODABLE_SHARE) {
    return `is not ${charset} text (${((100 * bad) / text.length).toFixed(1)}% of its characters do not decode)`;
  }
  return null;
}

function mib(bytes: number): string {
  return String(Math.round((bytes / 1024 / 1024) * 10) / 10);
}
