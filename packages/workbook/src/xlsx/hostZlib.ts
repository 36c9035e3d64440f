/**
 * Node's native zlib when this code runs in Node (the CLI, scripts, worker threads): about four
 * times faster than fflate's JavaScript at inflating and deflating the same bytes. Reached through
 * `process.getBuiltinModule` (Node ≥ 20.16), never through an import, so the browser bundle
 * neither sees nor needs it; in a task pane (or an older Node) this is undefined and the .xlsx
 * core uses fflate.
 */
import type { RawInflate } from './reader/zip';

interface NativeZlib {
  inflateRawSync(data: Uint8Array, options: { maxOutputLength: number; chunkSize?: number }): Uint8Array;
  deflateRawSync(data: Uint8Array, options: { level: number }): Uint8Array;
  crc32?(data: Uint8Array): number;
}

function find(): NativeZlib | undefined {
  try {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const zlib = typeof proc?.getBuiltinModule === 'function' ? (proc.getBuiltinModule('node:zlib') as NativeZlib | undefined) : undefined;
    return zlib && typeof zlib.inflateRawSync === 'function' && typeof zlib.deflateRawSync === 'function' ? zlib : undefined;
  } catch {
    return undefined;
  }
}

export const hostZlib: NativeZlib | undefined = find();

/**
 * The native one-shot inflater, bounded like fflate's (`maxOutputLength`: never more than the
 * reader allows, so a lying size header still ends in a refusal); undefined outside Node.
 */
export const hostRawInflate: RawInflate | undefined = hostZlib
  ? (data, maxBytes) => {
      try {
        // One output chunk of the declared size (bounded by the caller): no concatenation of 16 KB pieces.
        const out = hostZlib.inflateRawSync(data, { maxOutputLength: maxBytes, chunkSize: Math.max(64, maxBytes) });
        return new Uint8Array(out.buffer, out.byteOffset, out.length);
      } catch (e) {
        if ((e as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') return 'too-large';
        throw e;
      }
    }
  : undefined;
