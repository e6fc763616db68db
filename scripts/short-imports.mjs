// Gives the imports of a wasm-bindgen module short names (a, b, …, in one module "m"), in the
// .wasm and in its JS glue alike. wasm-bindgen names each import after the function it wraps
// plus a 16-digit hash (`__wbg_querySelectorAll_1a2b…`), and repeats the glue's module name
// ("./ce_bg.js") in every import: about 4 KB of the content engine, nearly incompressible. The
// glue names each import exactly once, as a key of its imports object; the script checks that
// and fails otherwise (a wasm-bindgen whose glue changed shape), so it never guesses.
//
// Usage: node scripts/short-imports.mjs ENGINE_bg.wasm ENGINE.js
import { readFileSync, writeFileSync } from "node:fs";

const [wasmPath, jsPath] = process.argv.slice(2);
const wasm = readFileSync(wasmPath);
let js = readFileSync(jsPath, "utf8");
const fail = (why) => {
  console.error(`short-imports: ${why}`);
  process.exit(1);
};

function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}
function encodeLeb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}
const encodeName = (text) => {
  const bytes = Buffer.from(text, "utf8");
  return Buffer.concat([encodeLeb(bytes.length), bytes]);
};
// a, b, …, Z, aa, ab, …: bijective base 52, so no two imports share a name.
const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
function shortName(i) {
  let name = "";
  for (let n = i; n >= 0; n = Math.floor(n / LETTERS.length) - 1) name = LETTERS[n % LETTERS.length] + name;
  return name;
}

if (wasm.readUInt32LE(0) !== 0x6d736100) fail(`${wasmPath} is not WebAssembly`);
const parts = [wasm.subarray(0, 8)];
let at = 8;
let renamed = 0;
const given = new Set();
let module = null;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, body] = leb(wasm, at + 1);
  const end = body + size;
  if (id !== 2) {
    parts.push(wasm.subarray(at, end));
    at = end;
    continue;
  }
  let [count, p] = leb(wasm, body);
  const entries = [encodeLeb(count)];
  for (let i = 0; i < count; i++) {
    const [moduleLength, m] = leb(wasm, p);
    const moduleName = wasm.subarray(m, m + moduleLength).toString("utf8");
    const [fieldLength, f] = leb(wasm, m + moduleLength);
    const field = wasm.subarray(f, f + fieldLength).toString("utf8");
    let q = f + fieldLength;
    const kind = wasm[q++];
    if (kind === 0x00) [, q] = leb(wasm, q); // function: type index
    else if (kind === 0x01 || kind === 0x02) {
      if (kind === 0x01) q++; // table: element type
      const flags = wasm[q++];
      [, q] = leb(wasm, q);
      if (flags & 1) [, q] = leb(wasm, q);
    } else if (kind === 0x03) q += 2; // global: value type, mutability
    else fail(`import ${moduleName}.${field} of unknown kind ${kind}`);
    const desc = wasm.subarray(f + fieldLength, q);
    if (module !== null && moduleName !== module) fail(`imports from two modules: ${module}, ${moduleName}`);
    module = moduleName;
    const short = shortName(renamed++);
    if (given.has(short)) fail(`${short} given twice`);
    given.add(short);
    const key = new RegExp(`(?<![\\w$])${field.replace(/\$/g, "\\$")}:`, "g");
    const uses = js.match(key)?.length ?? 0;
    if (uses !== 1) fail(`${field} is named ${uses} times in ${jsPath}, not once`);
    js = js.replace(key, `${short}:`);
    if (js.includes(field)) fail(`${field} is still named in ${jsPath} once renamed`);
    entries.push(encodeName("m"), encodeName(short), desc);
    p = q;
  }
  const section = Buffer.concat(entries);
  parts.push(Buffer.from([2]), encodeLeb(section.length), section);
  at = end;
}
const moduleKey = `${JSON.stringify(module)}: import0`;
if (js.split(moduleKey).length !== 2) fail(`the glue does not name its import module once as ${moduleKey}`);
js = js.replace(moduleKey, `"m": import0`);
writeFileSync(wasmPath, Buffer.concat(parts));
writeFileSync(jsPath, js);
console.log(`short-imports: ${renamed} imports of ${module} renamed in ${wasmPath}`);
