import { defineConfig } from '@hey-api/openapi-ts';

/**
 * Generates the SPA's view of the API from the committed OpenAPI document (`npm run
 * api:generate`): TypeScript types and zod schemas in src/lib/api/generated, never edited by hand.
 */
export default defineConfig({
  input: './openapi/turgus.yml',
  output: { path: './src/lib/api/generated', postProcess: ['prettier'] },
  plugins: [
    '@hey-api/typescript',
    {
      name: 'zod',
      // The shop always writes an offset (Java's Instant): a time without one is a fault.
      dates: { offset: true },
      '~resolvers': {
        number(ctx) {
          const { schema } = ctx;
          const money = schema.type === 'number' && schema.format === undefined;
          if (schema.format !== 'int64' && !money) return undefined;
          // Ids and counts (int64) stay JSON numbers: z.int() already keeps them safe integers.
          const plain = {
            ...ctx,
            utils: {
              ...ctx.utils,
              shouldCoerceToBigInt: () => false,
              maybeBigInt: (value: unknown) => ctx.$.fromValue(value),
              getIntegerLimit: () => undefined,
            },
          };
          for (const node of [plain.nodes.base, plain.nodes.min, plain.nodes.max]) {
            const next = node(plain);
            if (next) plain.chain.current = next;
          }
          // A number without a format is Java's BigDecimal, which the shop uses for money only:
          // euros and cents, at most 2 decimals.
          if (money) {
            plain.chain.current = plain.chain.current
              .attr('multipleOf')
              .call(ctx.$.fromValue(0.01));
          }
          return plain.chain.current;
        },
      },
    },
  ],
});
