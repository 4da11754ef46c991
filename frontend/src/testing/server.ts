import { setupServer } from 'msw/node';

/** The shop's API as the tests play it; each test adds the answers it needs. */
export const server = setupServer();
