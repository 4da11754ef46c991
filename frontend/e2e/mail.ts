import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** A mail part: its headers (names in lower case) and its body, still encoded. */
interface Part {
  headers: Map<string, string>;
  body: string;
}

function parsePart(raw: string): Part {
  const split = /\r?\n\r?\n/.exec(raw);
  const head = split ? raw.slice(0, split.index) : raw;
  const body = split ? raw.slice(split.index + split[0].length) : '';
  const headers = new Map<string, string>();
  // A header goes on over the lines that start with white space.
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const joined = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i] ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (encoding === 'base64')
    return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  return part.body;
}

/** The readable texts of a mail, plain text before HTML (tags removed). */
export function mailTexts(raw: string): string[] {
  const plain: string[] = [];
  const html: string[] = [];
  const visit = (part: Part) => {
    const type = part.headers.get('content-type') ?? 'text/plain';
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (/^multipart\//i.test(type) && boundary) {
      const sections = part.body.split(`--${boundary}`).slice(1);
      for (const section of sections) {
        if (section.startsWith('--')) break;
        visit(parsePart(section.replace(/^\r?\n/, '')));
      }
    } else if (/^text\/html/i.test(type)) {
      html.push(
        decodeBody(part)
          .replace(/<(style|head)[\s\S]*?<\/\1>/gi, ' ')
          .replace(/<[^>]+>/g, ' '),
      );
    } else if (/^text\//i.test(type)) {
      plain.push(decodeBody(part));
    }
  };
  visit(parsePart(raw));
  return [...plain, ...html];
}

/** The 6-digit code of a mail: the one after the word "code", else the only 6-digit number. */
export function confirmationCode(raw: string): string | undefined {
  for (const text of mailTexts(raw)) {
    const near = /code\D{0,80}?(?<!\d)(\d{6})(?!\d)/i.exec(text)?.[1];
    if (near) return near;
    const alone = /(?<![\d#])(\d{6})(?!\d)/.exec(text)?.[1];
    if (alone) return alone;
  }
  return undefined;
}

/**
 * The newest `.eml` in the outbox written since `since` (epoch ms) to `recipient`: polls until
 * it comes or `timeout` ms have passed.
 */
export async function newestMailTo(
  outboxDir: string,
  recipient: string,
  since: number,
  timeout = 20_000,
): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const names = (await readdir(outboxDir).catch(() => [])).filter((name) =>
      name.endsWith('.eml'),
    );
    const files = await Promise.all(
      names.map(async (name) => {
        const path = join(outboxDir, name);
        return { path, modified: (await stat(path)).mtimeMs };
      }),
    );
    // A second of slack: some file systems keep whole seconds only.
    const recent = files.filter((file) => file.modified >= since - 1_000);
    recent.sort((a, b) => b.modified - a.modified);
    for (const file of recent) {
      const raw = await readFile(file.path, 'utf8');
      if (raw.toLowerCase().includes(recipient.toLowerCase())) return raw;
    }
    if (Date.now() > deadline) {
      throw new Error(`No mail to ${recipient} reached ${outboxDir} within ${String(timeout)} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
