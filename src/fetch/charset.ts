// The charset of a fetched text, in the order HTTP and HTML give it: the Content-Type header, a
// byte-order mark, then what the text declares near its start (an XML declaration, <meta charset>);
// with none, UTF-8. Decoded by the platform's WHATWG decoder (TextDecoder, full ICU in Node).
export interface Decoded {
  text: string;
  charset: string;
  /** Where the charset came from: 'header', 'bom', 'declared' or 'default'. */
  from: 'header' | 'bom' | 'declared' | 'default';
}

const DECLARED = /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)|<meta[^>]+charset\s*=\s*["']?([\w-]+)/i;

function decoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

export function decodeText(body: Buffer, contentType: string | null): Decoded {
  const header = /charset\s*=\s*["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  const hd = header ? decoder(header) : null;
  if (hd) return { text: hd.decode(body).replace(/^\uFEFF/, ''), charset: hd.encoding, from: 'header' };
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(body.subarray(3)), charset: 'utf-8', from: 'bom' };
  if (body[0] === 0xff && body[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(body.subarray(2)), charset: 'utf-16le', from: 'bom' };
  if (body[0] === 0xfe && body[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(body.subarray(2)), charset: 'utf-16be', from: 'bom' };
  const m = DECLARED.exec(body.subarray(0, 4096).toString('latin1'));
  const dd = m ? decoder(m[1] ?? m[2]) : null;
  if (dd) return { text: dd.decode(body), charset: dd.encoding, from: 'declared' };
  return { text: new TextDecoder('utf-8').decode(body), charset: 'utf-8', from: 'default' };
}
