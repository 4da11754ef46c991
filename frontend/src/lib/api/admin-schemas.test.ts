import { describe, expect, it } from 'vitest';
import {
  aBackup,
  anAdminUser,
  anAdminUserDetail,
  anEmptyStats,
  anEvent,
  aTokenPair,
} from '@/testing/fixtures';
import {
  adminUserDetailSchema,
  adminUserSchema,
  backupSchema,
  bulkOutcomeSchema,
  eventSchema,
  queuedTestMailSchema,
  restoreOutcomeSchema,
  statsSchema,
  testMailSchema,
} from './admin-schemas';

describe('the admin schemas', () => {
  it('accept the answers as docs/admin-api.md describes them', () => {
    expect(adminUserSchema.parse(anAdminUser())).toEqual(anAdminUser());
    expect(adminUserDetailSchema.parse(anAdminUserDetail()).sessions).toEqual([]);
    expect(eventSchema.parse(anEvent({ details: 'a=1' })).details).toBe('a=1');
    expect(statsSchema.parse(anEmptyStats(7)).revenueByDay).toHaveLength(7);
    expect(backupSchema.parse(aBackup()).id).toBe(aBackup().id);
    expect(
      bulkOutcomeSchema.parse({
        succeeded: [1],
        failed: [{ id: 2, reason: 'LAST_ADMIN', message: 'No' }],
      }).failed,
    ).toHaveLength(1);
    expect(
      testMailSchema.parse({ id: 3, to: 'a@b.c', status: 'FAILED', error: 'Refused' }).error,
    ).toBe('Refused');
  });

  it('read a restore with a fresh token pair, or with none', () => {
    const outcome = {
      restoredFrom: 'b-1',
      createdAt: '2026-12-03T10:15:00Z',
      tables: { users: 2, orders: 0 },
      rows: 400,
      signIn: aTokenPair(),
    };
    expect(restoreOutcomeSchema.parse(outcome).signIn?.access_token).toBe('new-access');
    expect(restoreOutcomeSchema.parse({ ...outcome, signIn: null }).signIn).toBeNull();
  });

  it.each([
    ['an unknown status', { status: 'LOCKED' }],
    ['an unknown role', { roles: ['ROOT'] }],
    ['money with 3 decimals', { balance: 1.005 }],
    ['a time without offset', { createdAt: '2026-11-01 10:00' }],
    ['a missing last login field', { lastLoginAt: undefined }],
  ])('reject a user with %s', (_, change) => {
    expect(adminUserSchema.safeParse({ ...anAdminUser(), ...change }).success).toBe(false);
  });

  it('reject a backup id that is a path', () => {
    expect(backupSchema.safeParse(aBackup({ id: '../etc/passwd' })).success).toBe(false);
  });

  it('read a queued test mail by its number, as the shop answers it', () => {
    expect(queuedTestMailSchema.parse({ id: 31 }).id).toBe(31);
    expect(queuedTestMailSchema.safeParse({ id: 'm-2' }).success).toBe(false);
  });

  it('reject a test mail in an unknown state', () => {
    expect(
      testMailSchema.safeParse({ id: 1, to: 'a@b.c', status: 'BOUNCED', error: null }).success,
    ).toBe(false);
  });
});
