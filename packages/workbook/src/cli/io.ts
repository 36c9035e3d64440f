/** Where the CLI writes: the process's streams, or a test's buffers. */
export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
}

export const defaultIO: CliIO = {
  out: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
  cwd: process.cwd(),
};
