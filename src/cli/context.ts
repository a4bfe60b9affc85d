/**
 * @module
 * What every command gets from main(): the streams to use (never process.* directly, so tests can
 * run main() in-process), the environment, and helpers for output and warnings.
 */
import type { Readable } from 'node:stream';

/** A stream the CLI writes to (process.stdout or a test double). */
export interface OutStream {
  write(chunk: string, callback?: (err?: Error | null) => void): boolean;
  isTTY?: boolean;
}

/** The streams main() runs with; stdin is touched only when a command reads `-`. */
export interface CliIo {
  stdout: OutStream;
  stderr: OutStream;
  stdin?: Readable & { isTTY?: boolean };
}

/** Handed to each command's `register`. */
export interface CliContext {
  io: CliIo;
  env: NodeJS.ProcessEnv;
  /** Where relative paths are resolved (process.cwd()). */
  cwd: string;
  /** True when the text report may use ANSI colour on stdout (a TTY and NO_COLOR unset). */
  colour: boolean;
  /** Exit code the command asks for (default 0); errors thrown from actions are mapped by main(). */
  exitCode: number;
  /** Prints `copytrace: warning: <message>` on stderr. */
  warn(message: string): void;
  /** Writes to stdout and resolves once the chunk is handed to the OS. */
  out(chunk: string): Promise<void>;
}

/** Writes `chunk` and waits until the stream has taken it (keeps memory flat on large outputs). */
export function writeAll(stream: OutStream, chunk: string): Promise<void> {
  return new Promise<void>((resolve) => {
    try {
      stream.write(chunk, () => resolve());
    } catch {
      resolve(); // a closed stdout (EPIPE) is not worth a crash
    }
  });
}

/** Builds the context for one run of main(). */
export function createContext(io: CliIo, env: NodeJS.ProcessEnv): CliContext {
  const ctx: CliContext = {
    io,
    env,
    cwd: process.cwd(),
    colour: Boolean(io.stdout.isTTY) && !env['NO_COLOR'],
    exitCode: 0,
    warn: (message) => {
      io.stderr.write(`copytrace: warning: ${oneLine(message)}\n`);
    },
    out: (chunk) => writeAll(io.stdout, chunk),
  };
  return ctx;
}

/** Flattens a message to one line (newlines become spaces). */
export function oneLine(message: string): string {
  return message.replace(/\s*\r?\n\s*/g, ' ').trim();
}
