import { z } from 'zod';
import { apiRequest } from '@/lib/api/client';
import { idSchema, pageSchema } from '@/lib/api/schemas';

const userMatchesSchema = pageSchema(
  z.object({ id: idSchema, email: z.string(), fullName: z.string() }).loose(),
);

/** The id of the account with exactly this email, or null. */
export async function findUserIdByEmail(email: string) {
  const page = await apiRequest('/api/admin/users', userMatchesSchema, {
    query: { q: email, size: 20 },
  });
  const wanted = email.trim().toLowerCase();
  return page.items.find((user) => user.email.toLowerCase() === wanted)?.id ?? null;
}
