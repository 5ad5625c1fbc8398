/**
 * The messages a channel sends, each serialized once per PO and per redaction class (or per user
 * for a state), never once per socket.
 */
import type { OrganisationConfig, PoReader } from '../../domain';
import { poRolesOf } from '../../domain';
import { poStateFor } from '../read';
import type { PoChange } from '../store/changes';
import type { LoadedPo } from '../store/pos';
import type { PresenceUser, ServerMessage } from '../../shared/contract/live';
import { asLive, hiddenVersion, type About, type Snapshot } from './snapshot';
import type { Subscriber } from './subscriber';

/** Serialized and encoded once: every socket that gets it sends the same bytes. */
const serialize = (m: ServerMessage): Buffer => Buffer.from(JSON.stringify(m));

/** May this reader see a change about `about`? An unknown item counts as confidential. */
export function mayRead(reader: PoReader, about: About): boolean {
  if (about === 'everyone') return true;
  if (about === 'unknown') return reader.readsAll;
  return reader.readItem(about.itemId);
}

/** A change, serialized lazily at most twice: in full, and for readers without access to its item. */
export function changeSender(c: PoChange, about: About): (sub: Subscriber) => void {
  let full: Buffer | undefined;
  let hidden: Buffer | undefined;
  return (sub) => {
    if (!sub.reader) return;
    const text = mayRead(sub.reader, about)
      ? (full ??= serialize({ type: 'change', seq: c.seq, change: asLive(c) }))
      : (hidden ??= serialize({ type: 'change', seq: c.seq, change: hiddenVersion(c) }));
    sub.send(text);
    sub.seq = c.seq;
  };
}

/** The PO's state for each user (cached per user id: two tabs of one user share it). */
export function stateSender(po: LoadedPo, org: OrganisationConfig): (sub: Subscriber) => void {
  const byUser = new Map<string, Buffer>();
  return (sub) => {
    let text = byUser.get(sub.user.id);
    if (text === undefined) {
      text = serialize({ type: 'state', seq: po.seq, po: poStateFor(sub.user, po, org) });
      byUser.set(sub.user.id, text);
    }
    sub.send(text);
    sub.seq = po.seq;
  };
}

/** Who is connected now: each user once, with their roles on this PO, by name. */
export function presenceMessage(subs: Iterable<Subscriber>, snap: Snapshot): Buffer {
  const users = new Map<string, PresenceUser>();
  for (const sub of subs) {
    if (!users.has(sub.user.id)) users.set(sub.user.id, { id: sub.user.id, name: sub.user.name, roles: poRolesOf(sub.user, snap.po, snap.org) });
  }
  const list = [...users.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id));
  return serialize({ type: 'presence', users: list });
}
