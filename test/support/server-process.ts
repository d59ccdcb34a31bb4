import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';

export interface ServerProcess {
  url: string;
  /** Everything the process has written so far. */
  stdout(): string;
  stderr(): string;
  stop(): Promise<void>;
}

/** Runs `lessons serve` from the build in a child process, as in production, and waits for its "Serving on" line. */
export function startServerProcess(args: string[]): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'lessons.js'), 'serve', '--port', '0', ...args], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /Serving on (\S+)/.exec(stdout)?.[1];
      if (url) {
        resolve({
          url,
          stdout: () => stdout,
          stderr: () => stderr,
          async stop() {
            child.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
    void exited.then(() => reject(new Error(`lessons serve exited before serving:\n${stdout}\n${stderr}`)));
  });
}
