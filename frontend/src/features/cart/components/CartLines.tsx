import { ActionIcon, Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CrossIcon } from '@/components/ui/icons';
import type { CartLine } from '@/lib/api/schemas';
import { formatPrice } from '@/lib/format';
import { useIsPhone } from '@/lib/use-phone';

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

function RemoveButton({
  line,
  busy,
  onRemove,
}: Pick<CartLinesProps, 'busy' | 'onRemove'> & { line: CartLine }) {
  const { t } = useTranslation();
  return (
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
  );
}

function LineTotal({ line }: { line: CartLine }) {
  const { i18n } = useTranslation();
  const total = formatPrice(line.lineTotal, i18n.language);
  return line.available ? (
    <Text fw={600}>{total}</Text>
  ) : (
    <Text component="del" c="dimmed">
      {total}
    </Text>
  );
}

function Unavailable() {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Badge color="orange" variant="light">
        {t('cart.unavailable')}
      </Badge>
      <Text size="xs" c="dimmed">
        {t('cart.notCounted')}
      </Text>
    </Group>
  );
}

/** On a phone each line is a card: name and remove on top, price, quantity and total below. */
function CartCards({ lines, busy, onQuantity, onRemove }: CartLinesProps) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {lines.map((line) => (
        <Paper component="li" key={line.productId} withBorder p="sm" radius="md">
          <Stack gap="xs">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text fw={600}>{line.name}</Text>
              <RemoveButton line={line} busy={busy} onRemove={onRemove} />
            </Group>
            {!line.available && <Unavailable />}
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">
                {t('cart.unitPrice')}: {formatPrice(line.unitPrice, i18n.language)}
              </Text>
              <Stepper line={line} busy={busy} onQuantity={onQuantity} />
            </Group>
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">{t('cart.lineTotal')}</Text>
              <LineTotal line={line} />
            </Group>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

export function CartLines(props: CartLinesProps) {
  const { lines, busy, onQuantity, onRemove } = props;
  const { t, i18n } = useTranslation();
  const phone = useIsPhone();
  const money = (amount: number) => formatPrice(amount, i18n.language);
  if (phone) return <CartCards {...props} />;
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
            <Table.Tr key={line.productId}>
              <Table.Td>
                <Stack gap={4}>
                  <Text fw={600}>{line.name}</Text>
                  {!line.available && <Unavailable />}
                </Stack>
              </Table.Td>
              <Table.Td ta="right">{money(line.unitPrice)}</Table.Td>
              <Table.Td>
                <Stepper line={line} busy={busy} onQuantity={onQuantity} />
              </Table.Td>
              <Table.Td ta="right">
                <LineTotal line={line} />
              </Table.Td>
              <Table.Td>
                <RemoveButton line={line} busy={busy} onRemove={onRemove} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
