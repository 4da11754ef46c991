import { Button, Code, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { useIsPhone } from '@/lib/use-phone';
import type { AdminEvent } from '../api/get-events';

/** `a=1 b=two` as pairs; a part without `=` stays as it is. */
export function detailPairs(details: string): [string, string][] {
  return details
    .split(/\s+(?=[\w.-]+=)/)
    .filter(Boolean)
    .map((part) => {
      const at = part.indexOf('=');
      return at > 0 ? [part.slice(0, at), part.slice(at + 1)] : ['', part];
    });
}

function EventDetail({ event }: { event: AdminEvent }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm">
        {t('events.fields.id')}: {event.id} · {t('events.fields.ip')}: {event.ip ?? '—'}
      </Text>
      {event.details ? (
        <Table fz="xs" withRowBorders={false} verticalSpacing={2}>
          <Table.Tbody>
            {detailPairs(event.details).map(([key, value], index) => (
              <Table.Tr key={`${key}-${String(index)}`}>
                <Table.Td w="1%" style={{ whiteSpace: 'nowrap' }}>
                  <Code>{key}</Code>
                </Table.Td>
                <Table.Td style={{ wordBreak: 'break-word' }}>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed">
          {t('events.noDetails')}
        </Text>
      )}
    </Stack>
  );
}

/** The events, newest first; each row opens to show its details. */
export function EventsTable({ events }: { events: AdminEvent[] }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setOpen(next);
  };
  const phone = useIsPhone();
  const toggleButton = (event: AdminEvent) => {
    const expanded = open.has(event.id);
    return (
      <Button
        size="compact-xs"
        variant="subtle"
        aria-expanded={expanded}
        aria-controls={expanded ? `event-detail-${String(event.id)}` : undefined}
        aria-label={t(expanded ? 'events.hideOf' : 'events.showOf', { id: event.id })}
        onClick={() => {
          toggle(event.id);
        }}
      >
        {t(expanded ? 'events.hide' : 'events.show')}
      </Button>
    );
  };

  if (phone) {
    // A card per event: when and what first, who and whom below, the details on demand.
    return (
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {events.map((event) => (
          <Paper component="li" key={event.id} withBorder p="sm" radius="md">
            <Stack gap={4}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Code style={{ wordBreak: 'break-all' }}>{event.type}</Code>
                {toggleButton(event)}
              </Group>
              <Text size="sm">{formatDateTime(event.at, i18n.language)}</Text>
              <Text size="sm">
                {t('events.fields.actor')}: {event.actorId ?? '—'} · {t('events.fields.subject')}:{' '}
                {event.subjectId ?? '—'}
              </Text>
              {open.has(event.id) && (
                <div id={`event-detail-${String(event.id)}`}>
                  <EventDetail event={event} />
                </div>
              )}
            </Stack>
          </Paper>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('events.fields.at')}</Table.Th>
            <Table.Th>{t('events.fields.type')}</Table.Th>
            <Table.Th>{t('events.fields.actor')}</Table.Th>
            <Table.Th>{t('events.fields.subject')}</Table.Th>
            <Table.Th>{t('events.fields.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Fragment key={event.id}>
              <Table.Tr>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(event.at, i18n.language)}
                </Table.Td>
                <Table.Td>
                  <Code>{event.type}</Code>
                </Table.Td>
                <Table.Td>{event.actorId ?? '—'}</Table.Td>
                <Table.Td>{event.subjectId ?? '—'}</Table.Td>
                <Table.Td>{toggleButton(event)}</Table.Td>
              </Table.Tr>
              {open.has(event.id) && (
                <Table.Tr id={`event-detail-${String(event.id)}`}>
                  <Table.Td colSpan={5}>
                    <EventDetail event={event} />
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
