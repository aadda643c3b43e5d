// Serves the built bundle for the tests with the project's own server (serve.py
// --no-build) on a free port, unless SKILLSCOPE_URL points at one already.
// { own: true } always starts one (a test that stops its server needs its own);
// SKILLSCOPE_DIST names another bundle folder to serve.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export async function startServer({ own = false } = {}) {
  if (process.env.SKILLSCOPE_URL && !own) return { url: process.env.SKILLSCOPE_URL, stop: async () => {} };
  const args = [path.join(ROOT, 'serve.py'), '--no-build', '--port', '0'];
  if (process.env.SKILLSCOPE_DIST) args.push('--dir', process.env.SKILLSCOPE_DIST);
  const child = spawn('python3', args, {
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
