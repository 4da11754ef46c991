import {
  Button,
  Group,
  NativeSelect,
  SimpleGrid,
  Skeleton,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorAlert } from '@/components/ui/ErrorAlert';
import { PaginationBar } from '@/components/ui/PaginationBar';
import { useEvents, useEventTypes } from '../api/get-events';
import { EventsTable } from '../components/EventsTable';
import {
  checkFilters,
  FILTER_NAMES,
  NO_FILTERS,
  readFilters,
  toParams,
  type EventFilters,
  type FilterProblems,
} from '../event-filters';

export const EVENTS_PAGE_SIZE = 50;

export function AdminEventsPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const applied = readFilters(searchParams);
  const requested = Number(searchParams.get('page'));
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1;
  const events = useEvents(toParams(applied, page - 1, EVENTS_PAGE_SIZE));
  const types = useEventTypes();
  const [draft, setDraft] = useState<EventFilters>(applied);
  const [problems, setProblems] = useState<FilterProblems>({});
  const [shownSearch, setShownSearch] = useState(searchParams.toString());

  // The filters changed elsewhere (back button, a link): show them in the form.
  if (searchParams.toString() !== shownSearch) {
    setShownSearch(searchParams.toString());
    setDraft(applied);
  }

  const show = (filters: EventFilters, nextPage: number) => {
    const params = new URLSearchParams();
    for (const name of FILTER_NAMES) if (filters[name]) params.set(name, filters[name]);
    if (nextPage > 1) params.set('page', String(nextPage));
    setSearchParams(params);
  };

  const field = (name: keyof EventFilters) => ({
    value: draft[name],
    onChange: (event: { currentTarget: { value: string } }) => {
      setDraft({ ...draft, [name]: event.currentTarget.value });
    },
  });

  return (
    <Stack gap="lg">
      <Title order={1}>{t('events.title')}</Title>
      <form
        aria-label={t('events.filters')}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const found = checkFilters(draft);
          setProblems(found);
          if (Object.keys(found).length === 0) show(draft, 1);
        }}
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            <NativeSelect
              label={t('events.fields.type')}
              data={[
                { value: '', label: t('events.allTypes') },
                ...(types.data ?? []).map((type) => ({ value: type, label: type })),
                // A type from the address bar that the list does not (yet) have.
                ...(draft.type && !(types.data ?? []).includes(draft.type)
                  ? [{ value: draft.type, label: draft.type }]
                  : []),
              ]}
              {...field('type')}
            />
            <TextInput
              label={t('events.fields.userId')}
              inputMode="numeric"
              error={problems.userId && t('events.problems.id')}
              {...field('userId')}
            />
            <TextInput
              label={t('events.fields.actorId')}
              inputMode="numeric"
              error={problems.actorId && t('events.problems.id')}
              {...field('actorId')}
            />
            <TextInput type="datetime-local" label={t('events.fields.from')} {...field('from')} />
            <TextInput
              type="datetime-local"
              label={t('events.fields.to')}
              error={problems.to && t('events.problems.order')}
              {...field('to')}
            />
          </SimpleGrid>
          <Group gap="sm">
            <Button type="submit">{t('events.apply')}</Button>
            <Button
              variant="default"
              onClick={() => {
                setDraft(NO_FILTERS);
                setProblems({});
                show(NO_FILTERS, 1);
              }}
            >
              {t('events.clear')}
            </Button>
          </Group>
        </Stack>
      </form>
      {types.isError && <ErrorAlert error={types.error} />}
      {events.isPending ? (
        <Skeleton height={200} aria-label={t('events.loading')} />
      ) : events.isError ? (
        <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />
      ) : events.data.items.length === 0 ? (
        <EmptyState title={t('events.empty')} text={t('events.emptyText')} />
      ) : (
        <>
          <EventsTable events={events.data.items} />
          <PaginationBar
            page={page}
            totalPages={events.data.totalPages}
            onChange={(next) => {
              show(applied, next);
            }}
          />
        </>
      )}
    </Stack>
  );
}
