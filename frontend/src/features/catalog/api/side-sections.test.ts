import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/errors';
import { answer } from '@/testing/http';
import { getRecommendations, recommendationsQuery } from './get-recommendations';
import { getTrendingSearches, trendingSearchesQuery } from './get-trending-searches';

const failure = (status: number) =>
  ApiError.fromBody(status, { code: status, message: 'Failed' }, null);

/** The query's own retry rule, as TanStack Query calls it. */
function retries(retry: unknown, failures: number, error: unknown): boolean {
  if (typeof retry !== 'function') throw new Error('Expected a retry rule');
  return (retry as (failures: number, error: unknown) => boolean)(failures, error);
}

describe.each([
  ['recommendations', () => recommendationsQuery('7').retry],
  ['trending searches', () => trendingSearchesQuery().retry],
])('asking for %s', (_, retryOf) => {
  it('never tries again after a 404 or a refusal', () => {
    expect(retries(retryOf(), 0, failure(404))).toBe(false);
    expect(retries(retryOf(), 0, failure(400))).toBe(false);
    expect(retries(retryOf(), 0, failure(403))).toBe(false);
  });

  it('tries a passing fault again at most twice', () => {
    expect(retries(retryOf(), 0, failure(503))).toBe(true);
    expect(retries(retryOf(), 1, ApiError.network(new Error('offline')))).toBe(true);
    expect(retries(retryOf(), 2, failure(503))).toBe(false);
  });
});

describe('a shop without the routes yet', () => {
  it('has nothing to recommend', async () => {
    answer('get', '/api/products/7/recommendations', { code: 404, message: 'Not found' }, 404);

    await expect(getRecommendations('7')).resolves.toEqual([]);
  });

  it('has no trending searches', async () => {
    answer('get', '/api/search/trending', { code: 404, message: 'Not found' }, 404);

    await expect(getTrendingSearches(5)).resolves.toEqual([]);
  });

  it('still reports other failures', async () => {
    answer('get', '/api/search/trending', { code: 500, message: 'Broken' }, 500);

    await expect(getTrendingSearches(5)).rejects.toMatchObject({ status: 500 });
  });
});
