/**
 * Text decoding of fetched bodies. Older Syrian and Gulf sites still serve windows-1256 or
 * ISO-8859-6; both are WHATWG encodings that Node's TextDecoder (full ICU) knows.
 */

/** Bytes of the document searched for `<meta charset>` / an XML declaration. HTML says 1024; Arabic WordPress heads with long inline styles push the meta further, so look a bit deeper. */
const SNIFF_BYTES = 4_096;

const CHARSET_PARAM = /;\s*charset\s*=\s*["']?([^"';\s]+)/i;
// Matches both `<meta charset="windows-1256">` and
// `<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">`.
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_DECLARATION_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i;

const BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
];

/** The WHATWG name of an encoding label ("cp1256" → "windows-1256"), or null when unknown. */
export function encodingForLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** The `charset` parameter of a Content-Type header value, as a WHATWG encoding name. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = contentType ? CHARSET_PARAM.exec(contentType) : null;
  return encodingForLabel(match?.[1]);
}

function bomEncoding(bytes: Uint8Array): string | null {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  return bom?.encoding ?? null;
}

/** The encoding a document declares in its own first bytes (`<meta>` or `<?xml encoding>`). */
export function declaredCharset(bytes: Uint8Array): string | null {
  // latin1 maps each byte to one char, so ASCII markup reads right whatever the real encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF_BYTES)).toString("latin1");
  const xml = XML_DECLARATION_ENCODING.exec(head);
  const label = xml?.[1] ?? META_CHARSET.exec(head)?.[1];
  const encoding = encodingForLabel(label);
  // A document cannot be UTF-16 if its ASCII declaration was readable (HTML spec: treat as UTF-8).
  return encoding?.startsWith("utf-16") ? "utf-8" : encoding;
}

function decodesAsStrictUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decode a body: byte-order mark, then the Content-Type charset, then the document's own
 * declaration, then UTF-8 (the HTML precedence). One exception: when the header claims UTF-8
 * but the bytes are not UTF-8 and the page declares another encoding, the page is believed —
 * a server default of `charset=utf-8` in front of a windows-1256 page is a common misconfiguration.
 */
export function decodeText(bytes: Uint8Array, contentType: string | null): { text: string; charset: string } {
  const fromBom = bomEncoding(bytes);
  const fromHeader = charsetFromContentType(contentType);
  const fromDocument = declaredCharset(bytes);
  let charset = fromBom ?? fromHeader ?? fromDocument ?? "utf-8";
  if (!fromBom && charset === "utf-8" && fromDocument && fromDocument !== "utf-8" && !decodesAsStrictUtf8(bytes)) {
    charset = fromDocument;
  }
  // TextDecoder drops a BOM that matches its encoding, so the text never starts with U+FEFF.
  return { text: new TextDecoder(charset).decode(bytes), charset };
}
