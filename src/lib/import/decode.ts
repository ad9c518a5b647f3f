/**
 * Bytes of a page or feed as text, in the encoding the source declares: a byte order mark,
 * then the HTTP charset, then the XML declaration or <meta charset> (html-encoding-sniffer,
 * jsdom's implementation of the HTML Standard's sniffing and WebKit's for XML), decoded by
 * the WHATWG Encoding Standard (@exodus/bytes), so windows-1251 and ISO-8859-1 feeds read
 * as their authors wrote them.
 */
import { TextDecoder } from '@exodus/bytes/encoding.js';
import htmlEncodingSniffer from 'html-encoding-sniffer';

/** The charset label of a Content-Type header ("text/html; charset=koi8-r" → "koi8-r"). */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

const isUtf8 = (bytes: Uint8Array) => {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/**
 * The source's text. A page saved to disk (or re-served) as UTF-8 often keeps the <meta>
 * of its first encoding; bytes that are valid UTF-8 with non-ASCII in them are almost never
 * text in a single-byte encoding, so such bytes without a BOM or HTTP charset read as UTF-8.
 */
export function decodeSource(bytes: Uint8Array, { xml, contentType }: { xml: boolean; contentType?: string | null | undefined }): string {
  const transport = charsetOf(contentType);
  const sniffed = htmlEncodingSniffer(bytes, {
    xml,
    defaultEncoding: 'UTF-8',
    ...(transport ? { transportLayerEncodingLabel: transport } : {}),
    ...(xml ? {} : { maxPrescanBytes: 16_384 }),
  });
  const hasBom = bytes[0] === 0xef || bytes[0] === 0xfe || bytes[0] === 0xff;
  const declared = Boolean(transport) || hasBom;
  const encoding =
    sniffed !== 'UTF-8' && !declared && bytes.some((b) => b > 0x7f) && isUtf8(bytes)
      ? 'UTF-8'
      : // Undeclared bytes that are not UTF-8 are, on the web, almost always windows-1252 (the HTML Standard's default).
        sniffed === 'UTF-8' && !declared && !isUtf8(bytes)
        ? 'windows-1252'
        : sniffed;
  return new TextDecoder(encoding).decode(bytes);
}
