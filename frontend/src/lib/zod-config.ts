import { z } from 'zod';

// The shop's Content-Security-Policy forbids eval (script-src 'self'), so zod's faster parsers
// built with `new Function` could never run here. Without this, zod tries once to build one, and
// the browser reports the refused attempt as a policy violation on every page.
z.config({ jitless: true });
