// The fake www.linkedin.com the browser tests talk to: a table of path → page, served at the real
// URLs. Chromium reaches it through Playwright's request routing; Firefox through a loopback
// proxy (on a free port, so several runs can share a machine) that answers CONNECT
// www.linkedin.com:443 with an in-process HTTPS server holding a throw-away certificate, and
// refuses everything else. Nothing leaves the machine.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { createServer } from "node:https";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, "..", "..");
export const FIXTURES = join(ROOT, "tests", "fixtures", "pages");
const ARTIFACTS = join(ROOT, "tests", ".artifacts");

export const STRICT_CSP = "script-src 'self'; object-src 'none'";
export const PERMISSIVE_CSP = "script-src 'self' 'unsafe-inline' 'unsafe-eval' 'wasm-unsafe-eval'";

/** Reads a fixture page by file name. */
export function fixture(name) {
  return readFileSync(join(FIXTURES, name), "utf8");
}

/** The pages the fake site serves; tests change them between visits. */
export class Site {
  constructor() {
    this.pages = new Map();
  }

  /** Serves `html` at `path` (with its query string, if any) under the given CSP. */
  set(path, html, { csp = PERMISSIVE_CSP } = {}) {
    this.pages.set(path, { html, csp });
  }

  /** The response for a URL: the page, or a plain 404. */
  respond(url) {
    const { pathname, search } = new URL(url);
    const page = this.pages.get(pathname + search) ?? this.pages.get(pathname);
    if (!page) {
      return { status: 404, headers: { "content-type": "text/plain" }, body: "not found" };
    }
    return {
      status: 200,
      headers: {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": page.csp,
        "cache-control": "no-store",
      },
      body: page.html,
    };
  }

  /**
   * Starts the loopback proxy Firefox uses; resolves to `{ port, close }`. Only CONNECT to
   * www.linkedin.com:443 is answered (by the fake site over TLS); everything else is refused.
   */
  async listenProxy() {
    const { key, cert } = throwAwayCertificate();
    const https = createServer({ key, cert }, (request, response) => {
      const answer = this.respond(`https://www.linkedin.com${request.url}`);
      response.writeHead(answer.status, answer.headers);
      response.end(answer.body);
    });
    const proxy = createHttpServer((request, response) => {
      response.writeHead(403, { "content-type": "text/plain" });
      response.end("only https://www.linkedin.com is served in tests");
    });
    proxy.on("connect", (request, socket) => {
      if (request.url !== "www.linkedin.com:443") {
        socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
        return;
      }
      socket.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      https.emit("connection", socket);
    });
    await new Promise((resolve, reject) => {
      proxy.once("error", reject);
      proxy.listen(0, "127.0.0.1", resolve);
    });
    return {
      port: proxy.address().port,
      close: () => new Promise((resolve) => { proxy.closeAllConnections?.(); proxy.close(resolve); https.close(); }),
    };
  }
}

function throwAwayCertificate() {
  mkdirSync(ARTIFACTS, { recursive: true });
  const keyPath = join(ARTIFACTS, "linkedin-test.key");
  const certPath = join(ARTIFACTS, "linkedin-test.crt");
  if (!existsSync(certPath)) {
    execFileSync("openssl", [
      "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30",
      "-keyout", keyPath, "-out", certPath,
      "-subj", "/CN=www.linkedin.com",
      "-addext", "subjectAltName=DNS:www.linkedin.com",
    ], { stdio: "ignore" });
  }
  return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
}

/** Polls `probe` until it returns a truthy value, or fails with `what` after `timeout` ms. */
export async function waitFor(what, probe, { timeout = 15000, interval = 150 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}; last: ${String(last?.stack ?? JSON.stringify(last))}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
