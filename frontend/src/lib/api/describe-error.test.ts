import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { describeError, explainRefusal } from './describe-error';
import { ApiError, errorBodySchema } from './errors';

const t = i18n.t.bind(i18n);

function refusal(status: number, body: Record<string, unknown>): ApiError {
  return ApiError.fromBody(status, errorBodySchema.parse({ code: status, ...body }), null);
}

describe('describeError', () => {
  it.each([
    ['LAST_ADMIN', 'Refused: this is the last active admin.'],
    ['CANNOT_CHANGE_OWN_ACCOUNT', 'Refused: you cannot delete, block or deactivate your own'],
    ['BACKUP_INVALID', 'This file is not a backup of this shop'],
    ['BACKUP_TOO_NEW', 'made by a newer version of the shop'],
  ])('explains %s in the reader’s language', (reason, words) => {
    const error = refusal(409, { message: 'Server words', reason });
    expect(describeError(error, t).message).toContain(words);
    expect(error.reason).toBe(reason);
  });

  it('keeps the shop’s message for other reasons, including ones it does not know yet', () => {
    const error = refusal(409, {
      message: 'Only 2 left',
      reason: 'SOME_NEW_REASON',
      details: { n: 2 },
    });
    expect(describeError(error, t).message).toBe('Only 2 left');
    expect(error.details).toEqual({ n: 2 });
  });

  it('speaks Russian', async () => {
    await i18n.changeLanguage('ru');
    expect(explainRefusal('LAST_ADMIN', 'x', t)).toContain('последний активный администратор');
  });
});
