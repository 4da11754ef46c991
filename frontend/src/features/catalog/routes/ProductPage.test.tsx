import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aProduct, anErrorBody } from '@/testing/fixtures';
import { answer } from '@/testing/http';
import { renderApp } from '@/testing/render';

describe('the product page', () => {
  it('shows the product with its stock', async () => {
    answer(
      'get',
      '/api/products/7',
      aProduct({ id: 7, name: 'Wool socks', description: 'Warm.', price: 9.9, stock: 5 }),
    );
    renderApp('/products/7', { as: 'customer' });

    expect(await screen.findByRole('heading', { name: 'Wool socks' })).toBeInTheDocument();
    expect(screen.getByText('€9.90')).toBeInTheDocument();
    expect(screen.getByText('In stock: 5')).toBeInTheDocument();
    expect(screen.getByText('Warm.')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'No picture' })).toBeInTheDocument();
  });

  it('marks a sold-out product', async () => {
    answer('get', '/api/products/8', aProduct({ id: 8, name: 'Tin cup', stock: 0 }));
    renderApp('/products/8', { as: 'customer' });

    expect(await screen.findByText('Out of stock')).toBeInTheDocument();
  });

  it('says "Product not found" for an unknown or withdrawn product', async () => {
    answer('get', '/api/products/404', anErrorBody(404, 'Not found'), 404);
    renderApp('/products/404', { as: 'customer' });

    expect(await screen.findByRole('heading', { name: 'Product not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to catalog' })).toHaveAttribute('href', '/');
  });
});
