/** The PO's calendar item, Planner tasks and batching, against the sandbox. */
import {
  attachFile,
  createPlannerTask,
  deleteEventAttachment,
  findPlannerTask,
  forUse,
  getCalendarEventIdForChat,
  listEventAttachments,
  MAX_TASK_TITLE_CHARS,
  plannerDueDateTime,
  plannerMarker,
  plannerTaskTitle,
  runBatch,
  updateEventBody,
  type ChannelPacer,
} from '../../../src/server/graph';
import { AppError } from '../../../src/shared/errors';
import { noPacing, sandboxClient, useSandbox } from './helpers';

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

  it('lists the attachments without their content and deletes one; deleting it again is no error', async () => {
    const client = sandboxClient(sandbox());
    const eventId = await getCalendarEventIdForChat(client, CHAT);
    const a = await attachFile(client, eventId, 'Agenda PO.docx', Buffer.from('PK a'));
    const b = await attachFile(client, eventId, 'Notitie.pdf', Buffer.from('%PDF b'));
    expect(await listEventAttachments(client, eventId)).toEqual([
      { id: a.id, name: 'Agenda PO.docx' },
      { id: b.id, name: 'Notitie.pdf' },
    ]);
    await deleteEventAttachment(client, eventId, a.id);
    await deleteEventAttachment(client, eventId, a.id);
    expect((sandbox().state.eventAttachments.get(eventId) ?? []).map((x) => x.id)).toEqual([b.id]);
  });

  it('refuses an attachment of 3 MB or more with a Dutch message, before calling Graph', async () => {
    const client = sandboxClient(sandbox());
    const eventId = await getCalendarEventIdForChat(client, CHAT);
    const before = sandbox().state.requests.length;
    await expect(attachFile(client, eventId, 'Bijlage groot.pdf', Buffer.alloc(3 * 1024 * 1024 + 1))).rejects.toMatchObject({
      id: 'body_too_large',
      message: expect.stringContaining('3 MB'),
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

  it('ends the title with the kenmerk, kept whole when a long text is shortened', () => {
    expect(plannerTaskTitle('  Brief   opstellen ', '3f9a2b1c4d5e')).toBe('Brief opstellen [PO-overleg 3f9a2b1c4d5e]');
    const long = plannerTaskTitle('x'.repeat(400), '3f9a2b1c4d5e');
    expect(long).toHaveLength(MAX_TASK_TITLE_CHARS);
    expect(long.endsWith('… [PO-overleg 3f9a2b1c4d5e]')).toBe(true);
  });

  it('paces task creation per plan and finds a task again by the kenmerk in its title', async () => {
    const client = sandboxClient(sandbox());
    const waits: string[] = [];
    const pacer: ChannelPacer = {
      wait: async (scope, id) => {
        waits.push(`${scope}/${id}`);
        await noPacing.wait(scope, id);
      },
    };
    const ids: string[] = [];
    for (const ref of ['aaa111', 'bbb222']) {
      ids.push(await createPlannerTask(client, { planId: 'plan-x', title: `Actie ${ref}`, assigneeEntraId: null, dueDate: null, reference: ref }, { pacer }));
    }
    expect(waits).toEqual(['planner/plan-x', 'planner/plan-x']);
    expect((await findPlannerTask(client, 'plan-x', plannerMarker('bbb222')))?.id).toBe(ids[1]);
    expect(await findPlannerTask(client, 'plan-x', plannerMarker('ccc333'))).toBeNull();
    expect(await findPlannerTask(client, 'ander-plan', plannerMarker('aaa111'))).toBeNull();
  });

  it('reads every page of a large plan before it says a task is not there', async () => {
    const client = sandboxClient(sandbox());
    for (let i = 0; i < 250; i++) sandbox().state.plannerTasks.set(`t${i}`, { id: `t${i}`, planId: 'plan-groot', title: `Taak [PO-overleg k${i}]` });
    expect((await findPlannerTask(client, 'plan-groot', plannerMarker('k249')))?.id).toBe('t249');
    expect(await findPlannerTask(client, 'plan-groot', plannerMarker('k999'))).toBeNull();
    expect(sandbox().state.requests.filter((r) => r.path.endsWith('/planner/plans/plan-groot/tasks')).length).toBe(6);
    await expect(findPlannerTask(client, 'plan-groot', plannerMarker('k999'), { maxPages: 2 })).rejects.toMatchObject({ id: 'planner_failed' });
  });

  it('keeps the due date on the same calendar day in summer time', () => {
    expect(plannerDueDateTime('2025-07-01')).toBe('2025-07-01T10:00:00.000Z');
    expect(() => plannerDueDateTime('1-7-2025')).toThrow(/JJJJ-MM-DD/);
  });
});

describe('errors in the words of their use', () => {
  it("says the invite or Planner failed, not the verslag, and keeps Graph's details", async () => {
    const client = sandboxClient(sandbox(), { maxRetries: 0 });
    sandbox().inject({ status: 503, times: 2 });
    const invite = forUse(await updateEventBody(client, 'AAMk-x', '<p>a</p>').catch((e: unknown) => e), 'uitnodiging') as AppError;
    expect(invite).toMatchObject({ id: 'invite_failed', status: 502 });
    expect(invite.message).toMatch(/^Outlook kon de agenda nu niet in de uitnodiging zetten.*\[Graph PATCH 503 ServiceUnavailable/);
    const planner = forUse(
      await createPlannerTask(client, { planId: 'p', title: 't', assigneeEntraId: null, dueDate: null }, { pacer: noPacing }).catch((e: unknown) => e),
      'planner',
    ) as AppError;
    expect(planner).toMatchObject({ id: 'planner_failed' });
    expect(planner.message).not.toContain('verslag');
    sandbox().inject({ status: 403 });
    const consent = forUse(await updateEventBody(client, 'AAMk-x', '<p>a</p>').catch((e: unknown) => e), 'uitnodiging') as AppError;
    expect(consent).toMatchObject({ id: 'consent_required' });
    expect(consent.message).toContain('agenda in Outlook');
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
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['taak-1', 201],
      ['taak-2', 201],
      ['chat', 200],
    ]);
    expect([...sandbox().state.plannerTasks.values()].map((t) => t.title).sort()).toEqual(['Actiepunt 1', 'Actiepunt 2']);
    expect(
      sandbox()
        .state.requests.filter((r) => !r.viaBatch)
        .map((r) => r.path),
    ).toEqual(['/v1.0/$batch']);
  });

  it('splits more than 20 requests over several batches', async () => {
    const client = sandboxClient(sandbox());
    const steps = Array.from({ length: 25 }, (_, i) => ({
      id: `t${i}`,
      method: 'POST' as const,
      url: '/planner/tasks',
      body: { planId: 'p', title: `Taak ${i}` },
    }));
    const results = await runBatch(client, steps);
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(sandbox().state.plannerTasks.size).toBe(25);
    expect(sandbox().state.requests.filter((r) => r.path === '/v1.0/$batch')).toHaveLength(2);
  });
});
