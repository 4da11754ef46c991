// The JavaScript a first visit to the catalog downloads, gzipped: the entry script of
// dist/index.html, the modules it preloads, and everything those import statically (never the
// chunks loaded later by import()). Fails above the budget.
//
//   node scripts/bundle-size.js [dist folder]      after `vite build`
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 200 * 1024;
const dist = process.argv[2] ?? 'dist';
const indexFile = join(dist, 'index.html');
if (!existsSync(indexFile)) {
  console.error(`${indexFile} is missing: run \`vite build\` (npm run build) first.`);
  process.exit(2);
}

const html = readFileSync(indexFile, 'utf8');
const tagged = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((match) => match[1]);

/** `import … from "./x.js"`, `export … from "./x.js"` and `import "./x.js"`, not `import("./x.js")`. */
const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;

const seen = new Set();
const queue = tagged.map((src) => posix.normalize(src.replace(/^\//, '')));
while (queue.length > 0) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const [, specifier] of code.matchAll(STATIC_IMPORT)) {
    if (specifier.startsWith('.')) queue.push(posix.join(posix.dirname(file), specifier));
  }
}

let total = 0;
const rows = [...seen].map((file) => {
  const bytes = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += bytes;
  return { file, bytes };
});
rows.sort((a, b) => b.bytes - a.bytes);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
for (const { file, bytes } of rows) console.log(`${kb(bytes).padStart(9)}  ${file}`);
console.log(`${kb(total).padStart(9)}  in all, gzipped (budget ${kb(BUDGET_BYTES)})`);
if (total > BUDGET_BYTES) {
  console.error(
    `The catalog's first page loads ${kb(total)} of JavaScript gzipped, more than ${kb(BUDGET_BYTES)}.`,
  );
  process.exit(1);
}
