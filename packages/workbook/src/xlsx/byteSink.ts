/**
 * A growing UTF-8 buffer for writing large XML parts without building them as strings: the
 * sheet data of a review (tens of thousands of rows) as one string cost more in garbage
 * collection and in the final encoding than in writing it.
 */
const ENCODER = new TextEncoder();

export class ByteSink {
  private buf: Uint8Array;
  length = 0;

  constructor(initial = 1 << 16) {
    this.buf = new Uint8Array(initial);
  }

  private reserve(n: number): Uint8Array {
    const need = this.length + n;
    if (need > this.buf.length) {
      let size = this.buf.length * 2;
      while (size < need) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.buf.subarray(0, this.length));
      this.buf = grown;
    }
    return this.buf;
  }

  /** Text as UTF-8 (ASCII byte by byte; the rest through the platform's encoder). */
  text(s: string): void {
    const n = s.length;
    const buf = this.reserve(n * 3);
    let p = this.length;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        p += ENCODER.encodeInto(i === 0 ? s : s.slice(i), buf.subarray(p)).written;
        break;
      }
      buf[p++] = c;
    }
    this.length = p;
  }

  /** Bytes as they are. */
  append(bytes: Uint8Array): void {
    this.reserve(bytes.length).set(bytes, this.length);
    this.length += bytes.length;
  }

  /** A non-negative whole number in decimal, as `${n}` writes it. */
  uint(n: number): void {
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) {
      this.text(String(n));
      return;
    }
    let digits = 1;
    for (let t = n; t >= 10; t = Math.floor(t / 10)) digits++;
    const buf = this.reserve(digits);
    let p = (this.length += digits);
    while (n >= 10) {
      const q = Math.floor(n / 10);
      buf[--p] = 48 + (n - q * 10);
      n = q;
    }
    buf[--p] = 48 + n;
  }

  /** Forget what was written since `length` was `mark`. */
  rewind(mark: number): void {
    this.length = mark;
  }

  /** The bytes written (a view: valid until the next write). */
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}
