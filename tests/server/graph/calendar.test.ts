/** The PO's calendar item, Planner tasks and batching, against the sandbox. */
import {
  attachFile,
  createPlannerTask,
  getCalendarEventIdForChat,
  plannerDueDateTime,
  runBatch,
  updateEventBody,
} from '../../../src/server/graph';
import { sandboxClient, useSandbox } from './helpers';

const sandbox = useSandbox();
const CHAT = '19:meeting_NjQ5ZTli@thread.v2';

describe('calendar', () => {
  it('finds the calendar event of the meeting chat and replaces its body with the agenda', async () => {
    const client = sandboxClient(sandbox());
    const eventId = await getCalendarEventIdForChat(client, CHAT);
    expect(eventId).toBe(sandbox().state.chats.get(CHAT)?.onlineMeetingInfo?.calendarEventId);

    await updateEventBody(client, eventId, '<h2>Agenda PO</h2><ol><li>Woonvisie (besluitvorming)</li></ol>');
    expect(sandbox().state.events.get(eventId)?.body).toEqual({
      contentType: 'html',
      content: '<h2>Agenda PO</h2><ol><li>Woonvisie (besluitvorming)</li></ol>',
    });
  });

  it('attaches a small file to the event', async () => {
    const client = sandboxClient(sandbox());
    const eventId = await getCalendarEventIdForChat(client, CHAT);
    const { id } = await attachFile(client, eventId, 'Agenda.pdf', Buffer.from('%PDF-1.7 agenda'), 'application/pdf');
    const stored = sandbox().state.eventAttachments.get(eventId) ?? [];
    expect(stored.map((a) => [a.id, a.name, Buffer.from(a.contentBytes ?? '', 'base64').toString()])).toEqual([[id, 'Agenda.pdf', '%PDF-1.7 agenda']]);
  });

  it('refuses an attachment of 3 MB or more with a Dutch message, before calling Graph', async () => {
    const client = sandboxClient(sandbox());
    const eventId = await getCalendarEventIdForChat(client, CHAT);
    const before = sandbox().state.requests.length;
    await expect(attachFile(client, eventId, 'Bijlage groot.pdf', Buffer.alloc(3 * 1024 * 1024 + 1))).rejects.toMatchObject({
      id: 'body_too_large',
      message: expect.stringContaining('3 MB') as unknown as string,
    });
    expect(sandbox().state.requests.length).toBe(before);
    expect(sandbox().state.eventAttachments.get(eventId)).toBeUndefined();
  });
});

describe('planner', () => {
  it('creates an assigned task with its due date and returns the task id', async () => {
    const client = sandboxClient(sandbox());
    const id = await createPlannerTask(client, {
      planId: 'plan-po-wonen',
      title: 'Raadsinformatiebrief woonvisie opstellen',
      assigneeEntraId: 'entra-pieter',
      dueDate: '2025-03-24',
    });
    const task = sandbox().state.plannerTasks.get(id);
    expect(task?.title).toBe('Raadsinformatiebrief woonvisie opstellen');
    expect(Object.keys(task?.assignments ?? {})).toEqual(['entra-pieter']);
    expect(task?.dueDateTime).toBe('2025-03-24T11:00:00.000Z');
  });

  it('keeps the due date on the same calendar day in summer time', () => {
    expect(plannerDueDateTime('2025-07-01')).toBe('2025-07-01T10:00:00.000Z');
    expect(() => plannerDueDateTime('1-7-2025')).toThrow(/JJJJ-MM-DD/);
  });
});

describe('batch', () => {
  it('runs several requests in one $batch and returns each result in order', async () => {
    const client = sandboxClient(sandbox());
    const results = await runBatch(client, [
      { id: 'taak-1', method: 'POST', url: '/planner/tasks', body: { planId: 'p', title: 'Actiepunt 1' } },
      { id: 'taak-2', method: 'POST', url: '/planner/tasks', body: { planId: 'p', title: 'Actiepunt 2' } },
      { id: 'chat', method: 'GET', url: `/chats/${encodeURIComponent(CHAT)}` },
    ]);
    expect(results.map((r) => [r.id, r.status])).toEqual([['taak-1', 201], ['taak-2', 201], ['chat', 200]]);
    expect([...sandbox().state.plannerTasks.values()].map((t) => t.title).sort()).toEqual(['Actiepunt 1', 'Actiepunt 2']);
    expect(sandbox().state.requests.filter((r) => !r.viaBatch).map((r) => r.path)).toEqual(['/v1.0/$batch']);
  });

  it('splits more than 20 requests over several batches', async () => {
    const client = sandboxClient(sandbox());
    const steps = Array.from({ length: 25 }, (_, i) => ({ id: `t${i}`, method: 'POST' as const, url: '/planner/tasks', body: { planId: 'p', title: `Taak ${i}` } }));
    const results = await runBatch(client, steps);
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(sandbox().state.plannerTasks.size).toBe(25);
    expect(sandbox().state.requests.filter((r) => r.path === '/v1.0/$batch')).toHaveLength(2);
  });
});
