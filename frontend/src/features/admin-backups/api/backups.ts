import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  backupListSchema,
  backupSchema,
  restoreOutcomeSchema,
  type Backup,
} from '@/lib/api/admin-schemas';
import { apiDownload, apiRequest, apiSend } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { clearSession, setSession } from '@/lib/auth/session';
import { signedInSession } from '@/lib/auth/token-pair';

export type { Backup, RestoreOutcome } from '@/lib/api/admin-schemas';

const path = (id: Backup['id']) => `/api/admin/backups/${encodeURIComponent(id)}`;

export function useBackups() {
  return useQuery({
    queryKey: queryKeys.backups(),
    queryFn: ({ signal }) => apiRequest('/api/admin/backups', backupListSchema, { signal }),
  });
}

export function useCreateBackup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('/api/admin/backups', backupSchema, { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.backups() }),
  });
}

export function useDeleteBackup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: Backup['id']) => apiSend(path(id), { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.backups() }),
  });
}

/** The file is for admins only: fetched with the bearer token, then handed to the browser. */
export async function downloadBackup(id: Backup['id']): Promise<void> {
  const file = await apiDownload(path(id), 'application/zip');
  const url = URL.createObjectURL(file);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = `turgus-backup-${id}.zip`;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function useDownloadBackup() {
  return useMutation({ mutationFn: downloadBackup });
}

/** A listed backup, or an uploaded file. */
export type RestoreSource = { kind: 'listed'; backup: Backup } | { kind: 'file'; file: File };

export function restoreBackup(source: RestoreSource) {
  if (source.kind === 'listed') {
    return apiRequest(`${path(source.backup.id)}/restore`, restoreOutcomeSchema, {
      method: 'POST',
    });
  }
  const form = new FormData();
  form.append('backup', source.file, source.file.name);
  return apiRequest('/api/admin/backups/restore', restoreOutcomeSchema, { method: 'POST', form });
}

/**
 * Every session ended with the restore: the admin goes on with the fresh token pair of the
 * answer, or is signed out when the backup has no such account. Everything cached is stale.
 */
export function useRestoreBackup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreBackup,
    onSuccess: (outcome) => {
      if (outcome.signIn) setSession(signedInSession(outcome.signIn, Date.now()));
      else clearSession();
      void queryClient.invalidateQueries();
    },
  });
}
