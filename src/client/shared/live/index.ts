/** The browser's live client: connection, outbox and reducer (plain TypeScript, no React). */
export { applyChange } from './applyChange';
export { backoffDelay, type BackoffOptions } from './backoff';
export {
  connectLive,
  liveUrl,
  type ConnectLiveOptions,
  type LiveConnection,
  type LiveStatus,
  type WebSocketConstructor,
  type WebSocketEventLike,
  type WebSocketLike,
} from './connect';
export {
  createOutbox,
  pendingText,
  type Outbox,
  type OutboxEvent,
  type OutboxOptions,
  type OutboxStatus,
  type OutboxWrite,
  type ResponseLike,
  type StorageLike,
  type WriteMethod,
} from './outbox';
export type { LiveChange, LivePo, PresenceUser, RedactedChange, ServerMessage } from '../../../shared/contract/live';
export { LIVE_CLOSE } from '../../../shared/contract/live';
