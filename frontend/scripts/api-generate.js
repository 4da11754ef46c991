// Generates src/lib/api/generated (TypeScript types and zod schemas) from the committed OpenAPI
// document with @hey-api/openapi-ts, as openapi-ts.config.ts says. Every script that reads the
// sources runs it first; it does nothing while the output is newer than its inputs, so it costs
// nothing on the second call. `--force` generates anyway.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const output = join(root, 'src/lib/api/generated');
const stampFile = join(output, '.inputs');
const inputs = [
  'openapi/turgus.yml',
  'openapi-ts.config.ts',
  'node_modules/@hey-api/openapi-ts/package.json',
];

const hash = createHash('sha256');
for (const input of inputs) hash.update(input).update(readFileSync(join(root, input)));
const stamp = hash.digest('hex');

const fresh = existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;
if (fresh && !process.argv.includes('--force')) process.exit(0);

const generator = join(root, 'node_modules/.bin/openapi-ts');
const result = spawnSync(generator, ['--file', 'openapi-ts.config.ts'], {
  cwd: root,
  stdio: 'inherit',
});
if (result.status !== 0) {
  console.error('Could not generate src/lib/api/generated from openapi/turgus.yml.');
  process.exit(result.status ?? 1);
}
writeFileSync(stampFile, stamp);
