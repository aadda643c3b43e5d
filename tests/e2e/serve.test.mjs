// serve.py as a static host: files compressed when the browser accepts gzip (and as
// they are on disk when it does not), nothing outside the bundle or hidden.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { startServer } from './lib/server.mjs';

const DIST = process.env.SKILLSCOPE_DIST ||
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'build', 'web', 'dist');
const server = await startServer({ own: true });
after(() => server.stop());

function get(file, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get(new URL(file, server.url), { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

test('serve.py sends the bundle gzip-compressed to a browser that accepts it, byte for byte the same once decoded', async () => {
  for (const file of ['app.wasm', 'app.js', 'boot.js', 'frameworks/sfia.json']) {
    const onDisk = fs.readFileSync(path.join(DIST, file));
    const gz = await get(file, { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(gz.status, 200, file);
    assert.equal(gz.headers['content-encoding'], 'gzip', file);
    assert.equal(gz.headers.vary, 'Accept-Encoding', file);
    assert.equal(Number(gz.headers['content-length']), gz.body.length, file);
    assert.ok(gz.body.length < onDisk.length, `${file} is smaller on the wire`);
    assert.ok(zlib.gunzipSync(gz.body).equals(onDisk), file);
    const plain = await get(file);
    assert.equal(plain.headers['content-encoding'], undefined, file);
    assert.ok(plain.body.equals(onDisk), file);
  }
  const page = await get('', { 'Accept-Encoding': 'gzip' });
  assert.equal(page.headers['content-type'], 'text/html');
  assert.match(zlib.gunzipSync(page.body).toString('utf8'), /<canvas id="canvas"/);
});

test('serve.py serves nothing hidden or outside the bundle, compressed or not', async () => {
  for (const file of ['.hidden', '../serve.py', '%2e%2e/serve.py']) {
    assert.equal((await get(file, { 'Accept-Encoding': 'gzip' })).status, 404, file);
    assert.equal((await get(file)).status, 404, file);
  }
});
