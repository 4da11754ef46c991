import { useSyncExternalStore } from 'react';
import { z } from 'zod';

const STORAGE_KEY = 'turgus.session';

const sessionSchema = z.object({
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1),
  username: z.string(),
  roles: z.array(z.string()),
  expiresAt: z.number(),
});

export type Session = z.infer<typeof sessionSchema>;
export type Role = 'ADMIN' | 'CUSTOMER';

function readStoredSession(): Session | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (raw === null) return null;
    const parsed = sessionSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

let current: Session | null = readStoredSession();
const listeners = new Set<() => void>();

function publish(next: Session | null): void {
  current = next;
  listeners.forEach((listener) => {
    listener();
  });
}

export function getSession(): Session | null {
  return current;
}

export function setSession(session: Session): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  publish(session);
}

export function clearSession(): void {
  localStorage.removeItem(STORAGE_KEY);
  if (current !== null) publish(null);
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Another tab signed in or out: follow it.
window.addEventListener('storage', (event) => {
  if (event.key === STORAGE_KEY || event.key === null) publish(readStoredSession());
});

export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, getSession);
}

export function hasRole(session: Session | null, role: Role): boolean {
  return session?.roles.some((r) => r === role || r === `ROLE_${role}`) ?? false;
}
