// Lighthouse (mobile preset) on the catalog, a product, the cart and the admin dashboard of a
// running shop, signed in as its admin, in Debian's Chromium. Writes the scores and what
// Lighthouse found to improve into <out>/lighthouse.json and <out>/lighthouse.md, and exits 1
// when a score is below 95.
//
//   LIGHTHOUSE_BASE_URL=http://127.0.0.1:8080 LIGHTHOUSE_ADMIN_EMAIL=… LIGHTHOUSE_ADMIN_PASSWORD=… \
//     node scripts/lighthouse.js [out folder]
//
// The SPA keeps its session in localStorage (`turgus.session`): the script signs in through the
// API, stores the session in the browser the way the SPA does, and asks Lighthouse to keep the
// storage (disableStorageReset). CHROME_PATH (or E2E_CHROMIUM) names the browser.
// LIGHTHOUSE_REPORTS=<folder> also keeps each page's whole Lighthouse report there (<page>.json),
// to see where the main thread's time goes (bootup-time, mainthread-work-breakdown, long tasks).
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';

const MINIMUM = 95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`Set ${name} (see the header of scripts/lighthouse.js).`);
    process.exit(2);
  }
  return value;
}

const base = required('LIGHTHOUSE_BASE_URL').replace(/\/$/, '');
const email = required('LIGHTHOUSE_ADMIN_EMAIL');
const password = required('LIGHTHOUSE_ADMIN_PASSWORD');
const chromePath = process.env.CHROME_PATH ?? process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const out = process.argv[2] ?? 'lighthouse-results';
const reports = process.env.LIGHTHOUSE_REPORTS;

async function api(path, { token, json } = {}) {
  const response = await fetch(base + path, {
    method: json === undefined ? 'GET' : 'POST',
    headers: {
      Accept: 'application/json',
      ...(json !== undefined && { 'Content-Type': 'application/json' }),
      ...(token && { Authorization: `Bearer ${token}` }),
    },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  if (!response.ok)
    throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

// Signed in as the admin, with one product in the cart so that the cart shows a line.
const login = await api('/api/auth/login', { json: { username: email, password } });
const session = {
  accessToken: login.access_token,
  refreshToken: login.refresh_token,
  username: login.username,
  roles: login.roles,
  expiresAt: Date.now() + login.expires_in * 1000,
};
const products = await api('/api/products?size=20', { token: session.accessToken });
const product = products.items.find((item) => item.stock > 0) ?? products.items[0];
if (!product) throw new Error('The shop has no products: start it with its demo data.');
const cart = await api('/api/cart', { token: session.accessToken });
if (cart.lines.length === 0 && product.stock > 0) {
  await api('/api/cart/items', {
    token: session.accessToken,
    json: { productId: product.id, quantity: 1 },
  });
}

const pages = [
  { name: 'Catalog', path: '/' },
  { name: 'Product', path: `/products/${product.id}` },
  { name: 'Cart', path: '/cart' },
  { name: 'Admin dashboard', path: '/admin/dashboard' },
];

const port = await freePort();
const profile = await mkdtemp(join(tmpdir(), 'turgus-lighthouse-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: chromePath,
  headless: true,
  args: [`--remote-debugging-port=${port}`, '--no-sandbox'],
});
const results = [];
// The browser and the machine as Lighthouse saw them: the same pages score differently on another
// Chromium or a slower CPU (benchmarkIndex), so a run says which it had.
let environment = {};
try {
  const page = await browser.newPage();
  await page.goto(`${base}/login`);
  await page.evaluate((stored) => {
    localStorage.setItem('turgus.session', JSON.stringify(stored));
    localStorage.setItem('turgus.language', 'en');
  }, session);
  await page.close();

  for (const { name, path } of pages) {
    const url = base + path;
    console.log(`Lighthouse: ${name} (${url})`);
    const run = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      disableStorageReset: true,
    });
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = run;
    if (lhr.runtimeError) throw new Error(`${name}: ${lhr.runtimeError.message}`);
    environment = {
      lighthouse: lhr.lighthouseVersion,
      browser: lhr.environment?.hostUserAgent ?? '',
      benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    };
    if (reports) {
      await mkdir(reports, { recursive: true });
      await writeFile(
        join(reports, `${name.toLowerCase().replace(/\W+/g, '-')}.json`),
        JSON.stringify(lhr),
      );
      if (process.env.LIGHTHOUSE_TRACES) {
        await writeFile(
          join(reports, `${name.toLowerCase().replace(/\W+/g, '-')}.trace`),
          JSON.stringify(run.artifacts.Trace),
        );
      }
    }
    const scores = Object.fromEntries(
      CATEGORIES.map((category) => [
        category,
        Math.round((lhr.categories[category].score ?? 0) * 100),
      ]),
    );
    // What keeps a score down: every audit of the three categories that did not pass.
    const findings = CATEGORIES.flatMap((category) =>
      lhr.categories[category].auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit.score !== null && audit.score < 0.9)
        .map((audit) => ({
          category,
          id: audit.id,
          title: audit.title,
          score: audit.score,
          value: audit.displayValue ?? '',
          // The first few things the audit points at (an issue's type, a script's address).
          about: (audit.details?.items ?? [])
            .slice(0, 3)
            .map(
              (item) => item.issueType ?? item.url ?? item.node?.snippet ?? item.source?.url ?? '',
            )
            .filter(Boolean),
        })),
    );
    const metrics = Object.fromEntries(
      [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
        'speed-index',
      ].map((id) => [id, lhr.audits[id]?.displayValue ?? '']),
    );
    results.push({ name, path, scores, metrics, findings });
    console.log(`  ${CATEGORIES.map((category) => `${category} ${scores[category]}`).join(', ')}`);
  }
} finally {
  await browser.close();
  await rm(profile, { recursive: true, force: true });
}

const when = new Date().toISOString();
await mkdir(out, { recursive: true });
await writeFile(
  join(out, 'lighthouse.json'),
  `${JSON.stringify({ when, chromium: chromePath, ...environment, preset: 'mobile', minimum: MINIMUM, pages: results }, null, 2)}\n`,
);
const lines = [
  '# Lighthouse',
  '',
  `Run ${when} by \`benchmark/lighthouse\` (frontend/scripts/lighthouse.js): Lighthouse's mobile preset`,
  "(simulated slow 4G and a 4× slower CPU) in Debian's Chromium, signed in as the admin, against the jar.",
  `Lighthouse ${environment.lighthouse ?? '?'}, ${environment.browser ?? '?'}, CPU benchmark index ${environment.benchmarkIndex ?? '?'}.`,
  '',
  '| page | performance | accessibility | best practices | LCP | TBT | CLS |',
  '|---|---|---|---|---|---|---|',
  ...results.map(
    ({ name, path, scores, metrics }) =>
      `| ${name} (\`${path}\`) | ${scores.performance} | ${scores.accessibility} | ${scores['best-practices']} | ${metrics['largest-contentful-paint']} | ${metrics['total-blocking-time']} | ${metrics['cumulative-layout-shift']} |`,
  ),
  '',
];
for (const { name, findings } of results) {
  if (findings.length === 0) continue;
  lines.push(`## ${name}: not passed`, '');
  for (const finding of findings) {
    lines.push(
      `- ${finding.category}: ${finding.title}${finding.value ? ` (${finding.value})` : ''}`,
    );
  }
  lines.push('');
}
await writeFile(join(out, 'lighthouse.md'), lines.join('\n'));
console.log(`Wrote ${join(out, 'lighthouse.md')} and lighthouse.json`);

const low = results.flatMap(({ name, scores }) =>
  CATEGORIES.filter((category) => scores[category] < MINIMUM).map(
    (category) => `${name} ${category} ${scores[category]}`,
  ),
);
if (low.length > 0) {
  console.error(`Below ${MINIMUM}: ${low.join(', ')}`);
  process.exit(1);
}
