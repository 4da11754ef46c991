import { ActionIcon, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CrossIcon } from '@/components/ui/icons';
import type { CartLine } from '@/lib/api/schemas';
import { formatPrice } from '@/lib/format';

interface CartLinesProps {
  lines: CartLine[];
  /** A line whose change is on its way: its buttons wait. */
  busy: boolean;
  onQuantity: (line: CartLine, quantity: number) => void;
  onRemove: (line: CartLine) => void;
}

function Stepper({
  line,
  busy,
  onQuantity,
}: Omit<CartLinesProps, 'lines' | 'onRemove'> & { line: CartLine }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap" justify="center">
      <ActionIcon
        variant="default"
        aria-label={t('cart.decrease', { name: line.name })}
        disabled={busy}
        onClick={() => {
          onQuantity(line, line.quantity - 1);
        }}
      >
        −
      </ActionIcon>
      <Text
        component="output"
        aria-label={t('cart.quantityOf', { name: line.name })}
        miw={24}
        ta="center"
        fw={600}
      >
        {line.quantity}
      </Text>
      <ActionIcon
        variant="default"
        aria-label={t('cart.increase', { name: line.name })}
        disabled={busy || !line.available}
        onClick={() => {
          onQuantity(line, line.quantity + 1);
        }}
      >
        +
      </ActionIcon>
    </Group>
  );
}

export function CartLines({ lines, busy, onQuantity, onRemove }: CartLinesProps) {
  const { t, i18n } = useTranslation();
  const money = (amount: number) => formatPrice(amount, i18n.language);
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cart.product')}</Table.Th>
            <Table.Th ta="right">{t('cart.unitPrice')}</Table.Th>
            <Table.Th ta="center">{t('cart.quantity')}</Table.Th>
            <Table.Th ta="right">{t('cart.lineTotal')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.productId} opacity={line.available ? 1 : 0.75}>
              <Table.Td>
                <Stack gap={4}>
                  <Text fw={600}>{line.name}</Text>
                  {!line.available && (
                    <Group gap="xs">
                      <Badge color="orange" variant="light">
                        {t('cart.unavailable')}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {t('cart.notCounted')}
                      </Text>
                    </Group>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td ta="right">{money(line.unitPrice)}</Table.Td>
              <Table.Td>
                <Stepper line={line} busy={busy} onQuantity={onQuantity} />
              </Table.Td>
              <Table.Td ta="right">
                {line.available ? (
                  <Text fw={600}>{money(line.lineTotal)}</Text>
                ) : (
                  <Text component="del" c="dimmed">
                    {money(line.lineTotal)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('cart.remove', { name: line.name })}
                  disabled={busy}
                  onClick={() => {
                    onRemove(line);
                  }}
                >
                  <CrossIcon size={16} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
