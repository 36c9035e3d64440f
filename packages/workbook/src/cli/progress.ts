/**
 * Progress on a terminal, silence when piped or in CI: a single rewritten line on stderr.
 */
export interface Progress {
  update(done: number, total: number, label: string): void;
  done(message?: string): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr, enabled = !!stream.isTTY && !process.env.CI): Progress {
  let last = 0;
  return {
    update(done, total, label) {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < 80 && done < total) return;
      last = now;
      const width = 24;
      const filled = total ? Math.round((done / total) * width) : 0;
      const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
      stream.write(`\r${bar} ${done}/${total} ${label.slice(0, 40).padEnd(40)}`);
    },
    done(message) {
      if (!enabled) return;
      stream.write(`\r${' '.repeat(80)}\r${message ? `${message}\n` : ''}`);
    },
  };
}
