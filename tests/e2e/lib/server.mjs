// Serves the built bundle for the tests with the project's own server (serve.py
// --no-build) on a free port, unless SKILLSCOPE_URL points at one already.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export async function startServer() {
  if (process.env.SKILLSCOPE_URL) return { url: process.env.SKILLSCOPE_URL, stop: async () => {} };
  const child = spawn('python3', [path.join(ROOT, 'serve.py'), '--no-build', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, SKILLSCOPE_SERVE_QUIET: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('serve.py did not start: ' + out)), 15000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /(http:\/\/\S+\/)/.exec(out);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.on('exit', (code) => reject(new Error(`serve.py exited with ${code}: ${out}`)));
  });
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
