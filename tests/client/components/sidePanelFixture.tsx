/** The meeting side panel as the meeting page renders it for a PO, with inert handlers (component tests). */
import type { ComponentProps, JSX } from 'react';
import { SidePanel } from '../../../src/client/meeting/SidePanel';
import { emptyTimings } from '../../../src/client/shared/meeting/timing';
import type { PoView } from '../../../src/client/shared/types';
import { liveViewOf, USERS } from '../fixtures';

/** `over` sets any other prop (links, after-end actions, handlers the test looks at). */
export function sidePanelOf(p: PoView, over: Partial<ComponentProps<typeof SidePanel>> = {}): JSX.Element {
  return (
    <SidePanel
      live={liveViewOf(p)}
      users={USERS}
      timings={emptyTimings()}
      now={0}
      newId={() => 'n1'}
      onShare={null}
      onStart={jest.fn()}
      onEnd={jest.fn()}
      verslagHref={null}
      {...over}
    />
  );
}
