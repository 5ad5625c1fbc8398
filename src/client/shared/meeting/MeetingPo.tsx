/**
 * Which PO a meeting surface shows: the `poId` in the page's URL (the stage shared from the side
 * panel, or a browser), else the PO linked to this Teams meeting's chat.
 */
import { Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ErrorPanel } from '../components/ErrorPanel';
import { useSession } from '../session';
import { useAsync } from '../useAsync';

export function MeetingPo({ poId, render }: { poId: string | null; render: (poId: string | null, relink: () => void) => ReactNode }): JSX.Element {
  const { api, host } = useSession();
  const chatId = host.context.meeting.chatId;
  const found = useAsync(async () => {
    if (poId) return poId;
    if (!chatId) return null;
    const pos = await api.listPos({ teamsMeetingChatId: chatId });
    return pos[0]?.id ?? null;
  }, [api, poId, chatId]);
  if (found.error !== null) return <ErrorPanel error={found.error} onRetry={() => void found.reload()} />;
  if (found.loading && found.data === null) return <Spinner />;
  return <>{render(found.data, () => void found.reload())}</>;
}
