import { NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BLOCK_CATEGORIES, blockCategorySchema } from '@/lib/api/admin-schemas';
import type { BlockDraft, BlockProblems } from '../user-view';

interface BlockFieldsProps {
  value: BlockDraft;
  onChange: (next: BlockDraft) => void;
  /** Shown once the admin tried to confirm. */
  problems: BlockProblems;
}

/** Until when, why (for admins) and what the user is told. */
export function BlockFields({ value, onChange, problems }: BlockFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <TextInput
        type="datetime-local"
        label={t('adminUsers.block.until')}
        description={t('adminUsers.block.untilHint')}
        value={value.until}
        error={problems.until && t(`adminUsers.block.problems.${problems.until}`)}
        onChange={(event) => {
          onChange({ ...value, until: event.currentTarget.value });
        }}
      />
      <Textarea
        label={t('adminUsers.block.reason')}
        description={t('adminUsers.block.reasonHint')}
        withAsterisk
        autosize
        minRows={2}
        value={value.reason}
        error={problems.reason && t(`adminUsers.block.problems.${problems.reason}`)}
        onChange={(event) => {
          onChange({ ...value, reason: event.currentTarget.value });
        }}
      />
      <NativeSelect
        label={t('adminUsers.block.category')}
        description={t('adminUsers.block.categoryHint')}
        value={value.category}
        data={BLOCK_CATEGORIES.map((category) => ({
          value: category,
          label: t(`adminUsers.block.categories.${category}`),
        }))}
        onChange={(event) => {
          const category = blockCategorySchema.safeParse(event.currentTarget.value);
          if (category.success) onChange({ ...value, category: category.data });
        }}
      />
    </Stack>
  );
}
