// The package ships no types; this is its documented API (README of html-encoding-sniffer 7).
declare module 'html-encoding-sniffer' {
  interface SnifferOptions {
    xml?: boolean;
    transportLayerEncodingLabel?: string | undefined;
    defaultEncoding?: string;
    maxPrescanBytes?: number;
  }
  /** The canonical WHATWG encoding name of an HTML or XML byte stream. */
  export default function htmlEncodingSniffer(bytes: Uint8Array, options?: SnifferOptions): string;
}
