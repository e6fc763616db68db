// The fake www.linkedin.com the browser tests talk to: a table of path → page, served at the real
// URLs. Chromium reaches it through Playwright's request routing; Firefox through an HTTPS server
// on 127.0.0.1:443 with a throw-away certificate, the name resolved by a Firefox pref. Nothing
// leaves the machine.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
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

  /** Starts the HTTPS server Firefox uses; resolves to a close function. */
  async listenHttps(port = 443) {
    const { key, cert } = throwAwayCertificate();
    const server = createServer({ key, cert }, (request, response) => {
      const answer = this.respond(`https://www.linkedin.com${request.url}`);
      response.writeHead(answer.status, answer.headers);
      response.end(answer.body);
    });
    await new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", resolve);
    });
    return () => new Promise((resolve) => server.close(resolve));
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
