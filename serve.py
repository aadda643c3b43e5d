#!/usr/bin/env python3
"""Set up, build and serve skillscope: `python3 serve.py`, then open the printed URL.

On a fresh Debian 12 machine this installs what is missing (tools/bootstrap.py),
builds the release web bundle (CMake preset `web`) and serves it on
http://127.0.0.1:8000. Only files inside the bundle folder are served, gzip-compressed
when the browser accepts it (as static hosts do).

    --port N      serve on another port (0 picks a free one)
    --host H      listen on another address (warns when not loopback: the app is
                  meant for one person's browser; anyone who can reach it can load it)
    --no-build    serve the bundle as it is (no install, no build)
"""
import argparse
import gzip
import http.server
import io
import ipaddress
import os
import threading
import subprocess
import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DIST = ROOT / "build" / "web" / "dist"
WEB_ENV = dict(os.environ, NODE_PATH="/usr/share/nodejs")


def build_bundle():
    sys.path.insert(0, str(ROOT / "tools"))
    import bootstrap  # noqa: E402  (tools/ is not a package)
    bootstrap.main(node_modules=False)
    for cmd in (["cmake", "--preset", "web"], ["cmake", "--build", "--preset", "web"]):
        print("[serve] $ " + " ".join(cmd), flush=True)
        subprocess.run(cmd, cwd=ROOT, env=WEB_ENV, check=True)


class BundleHandler(http.server.SimpleHTTPRequestHandler):
    """Static files from the bundle folder, nothing else.

    SimpleHTTPRequestHandler already drops '..' and absolute components when it maps a
    URL to a path; on top of that every resolved path (symlinks included) must stay
    inside the bundle folder, and dotfiles are not served.
    """

    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".webmanifest": "application/manifest+json",
        ".js": "text/javascript",
        ".json": "application/json",
        ".svg": "image/svg+xml",
        ".ttf": "font/ttf",
    }

    # Sent gzip-compressed when the browser accepts it, as static hosts send them: a
    # visitor downloads about half the bytes, and Lighthouse and bench's --network runs
    # see the transfer a real host gives. PNG icons are compressed already.
    COMPRESSED = {".wasm", ".js", ".json", ".css", ".html", ".svg", ".ttf", ".webmanifest", ".txt"}
    _gzipped = {}  # (path, mtime_ns, size) -> bytes, shared by every request
    _gzipped_lock = threading.Lock()

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not self.path.split("?", 1)[0].endswith("/"):
                return super().send_head()  # the redirect to the folder's address
            path = os.path.join(path, "index.html")
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not accepts or os.path.splitext(path)[1] not in self.COMPRESSED or not os.path.isfile(path):
            return super().send_head()
        st = os.stat(path)
        key = (path, st.st_mtime_ns, st.st_size)
        with self._gzipped_lock:
            body = self._gzipped.get(key)
        if body is None:
            with open(path, "rb") as f:
                body = gzip.compress(f.read(), compresslevel=9, mtime=0)
            with self._gzipped_lock:
                self._gzipped[key] = body
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Last-Modified", self.date_time_string(st.st_mtime))
        self.end_headers()
        return io.BytesIO(body)

    def translate_path(self, path):
        local = Path(super().translate_path(path))
        root = Path(self.directory).resolve()
        try:
            resolved = local.resolve()
            rel = resolved.relative_to(root)
        except (ValueError, OSError):
            return str(root / "__outside__")  # 404s
        if any(part.startswith(".") for part in rel.parts):
            return str(root / "__hidden__")
        return str(resolved)

    def list_directory(self, path):
        self.send_error(404, "Not found")
        return None

    def end_headers(self):
        # Revalidate every load so a rebuilt bundle shows up at once; the service
        # worker (not HTTP caching) is what makes the app work offline.
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, fmt, *args):
        if os.environ.get("SKILLSCOPE_SERVE_QUIET"):
            return
        super().log_message(fmt, *args)


def make_server(directory: Path, host: str = "127.0.0.1", port: int = 8000):
    handler = partial(BundleHandler, directory=str(directory))
    http.server.ThreadingHTTPServer.allow_reuse_address = True
    return http.server.ThreadingHTTPServer((host, port), handler)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--port", type=int, default=8000)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--no-build", action="store_true", help="serve the existing bundle as it is")
    ap.add_argument("--dir", type=Path, default=DIST, help=argparse.SUPPRESS)
    a = ap.parse_args()

    if not a.no_build:
        build_bundle()
    if not (a.dir / "index.html").exists():
        sys.exit(f"serve: no bundle in {a.dir}; run without --no-build first")
    if not is_loopback(a.host):
        print(f"[serve] WARNING: listening on {a.host}, not loopback: anyone who can reach this "
              "address can load the app. Profiles still stay in each visitor's own browser.",
              file=sys.stderr, flush=True)

    server = make_server(a.dir, a.host, a.port)
    host, port = server.server_address[:2]
    shown = f"[{host}]" if ":" in host else host
    print(f"[serve] skillscope is at http://{shown}:{port}/  (Ctrl+C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
