import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { userSchema, type User, type ProfileChangesRequest } from '@/lib/api/schemas';
import { getSession, setSession } from '@/lib/auth/session';

/** Only what changed is sent. */
export interface ProfileChanges {
  fullName?: string;
  email?: string;
  phone?: string;
}

export function updateMe(changes: ProfileChanges): Promise<User> {
  return apiRequest('/api/me', userSchema, {
    method: 'PATCH',
    json: changes satisfies ProfileChangesRequest,
  });
}

/** The header names the signed-in person by email: follow a change of it. */
function followEmailChange(before: User | undefined, after: User): void {
  const session = getSession();
  if (before && session?.username === before.email && before.email !== after.email) {
    setSession({ ...session, username: after.email });
  }
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (updated) => {
      followEmailChange(queryClient.getQueryData<User>(queryKeys.me.all()), updated);
      queryClient.setQueryData(queryKeys.me.all(), updated);
    },
  });
}
