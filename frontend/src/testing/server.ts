import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { anEmptyCart } from './fixtures';

/**
 * The shop's API as the tests play it; each test adds the answers it needs. What every page
 * asks for on the side (the header's cart, a product's recommendations, the trending searches)
 * is empty unless a test says otherwise.
 */
export const server = setupServer(
  http.get('/api/cart', () => HttpResponse.json(anEmptyCart())),
  http.get('/api/products/:id/recommendations', () => HttpResponse.json([])),
  http.get('/api/search/trending', () => HttpResponse.json([])),
);
