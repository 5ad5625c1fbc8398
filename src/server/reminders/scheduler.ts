/**
 * Reminders that run themselves (issue 15). Every minute each server instance
 * 1. plans what today asks for: per open actiepunt, toezegging or motie with an owner (PO records and
 *    raad register entries) the reminders the settings give for its due date, and on the digest's
 *    weekday one weekly digest per concernadviseur; each under a unique key, so planning the same
 *    day twice, or on two instances at once, plans it once (store/jobs.ts#planJobs);
 * 2. claims due jobs with `FOR UPDATE SKIP LOCKED` (an instance never takes a job another holds) and
 *    sends each as a Teams activity-feed notification (graph/activity.ts) acting as the app;
 * 3. on Graph 429, 5xx or no answer tries the job again later with exponential backoff; a refusal
 *    (403: no consent, 404: no such user) is given up at once. A resent notification carries the
 *    same chainId, so Teams replaces rather than repeats it;
 * 4. purges finished jobs older than JOB_RETENTION_DAYS (`SKIP LOCKED`, in batches).
 * What is sent is read again at send time: an item closed or deleted meanwhile is not reminded; a
 * confidential item's text never leaves (only its kind and deadline).
 */
import type { DueReminder, RaadsItem, ReminderSettings } from '../../domain';
import { amsterdamDate, addDays, digestDue, digestKey, digestText, isoWeek, reminderKey, remindersDue, reminderText } from '../../domain';
import { appBaseUrl } from '../config';
import type { Deps } from '../deps';
import { ACTIVITY_TYPES, GraphFailure, sendActivityNotification, type ActivityNotification } from '../graph';
import { claimJobs, finishJob, planJobs, purgeFinishedJobs, retryJob, type Job } from '../store/jobs';
import { findRaadsItem, raadsItemsDueBetween } from '../store/raadsregister';
import { digestCounts, dueRecord, loadReminderSettings, openProposal, recipientOf, recordsDueBetween } from '../store/reminders';

export const REMINDER_INTERVAL_MS = 60_000;
export const MAX_JOB_ATTEMPTS = 8;
const LEASE_MS = 5 * 60_000;
const BATCH = 20;
/** Finished jobs removed per round at most: a long backlog goes in steps, never in one long statement. */
export const PURGE_BATCH = 500;
const DAY_MS = 86_400_000;

export type SchedulerDeps = Pick<Deps, 'db' | 'now' | 'graph' | 'config'>;

export interface TickResult {
  planned: number;
  sent: number;
  skipped: number;
  retried: number;
  failed: number;
  /** Finished jobs older than JOB_RETENTION_DAYS removed in this round. */
  purged?: number;
}

interface ReminderPayload {
  source: 'record' | 'raad';
  id: string;
  offset: number;
  dueDate: string;
}
interface DigestPayload {
  userId: string;
  week: string;
}
/** "Agenda ter vaststelling": the one who must agree, for the proposal made at `at`. */
export interface ProposalPayload {
  poId: string;
  userId: string;
  at: string;
}

/** The job that tells the other one an agenda waits for their vaststelling (planned in the proposal's transaction). */
export const proposalJob = (p: ProposalPayload): { key: string; kind: string; payload: ProposalPayload; runAt: string } => ({
  key: `vaststelling:${p.poId}:${p.at}`,
  kind: 'agendaTerVaststelling',
  payload: p,
  runAt: p.at,
});

/** Backoff of the n-th failed attempt: 1, 2, 4, ... minutes, at most 6 hours. */
export const retryDelayMs = (attempts: number): number => Math.min(60_000 * 2 ** Math.max(attempts - 1, 0), 6 * 3_600_000);

/** Whether Graph may succeed later: throttled, a server error, or no answer at all. */
export function isTransient(err: unknown): boolean {
  if (err instanceof GraphFailure) return err.graph.status === null || err.graph.status === 429 || err.graph.status >= 500;
  return !(err instanceof Error && 'status' in err && typeof err.status === 'number' && err.status < 500);
}

/** The Teams deep link to the app's personal tab on a screen (`opvolging`, `raadsregister`) or a PO (its id). */
export function tabLink(config: Deps['config'], screen: string, hash: string = screen): string {
  const context = encodeURIComponent(JSON.stringify({ subEntityId: screen }));
  const webUrl = encodeURIComponent(`${appBaseUrl(config)}/app/tab#${hash}`);
  return `https://teams.microsoft.com/l/entity/${config.APP_ID}/po-overleg?webUrl=${webUrl}&context=${context}`;
}

/** Plans today's reminders and digests; returns how many jobs are new. */
export async function planReminders(deps: SchedulerDeps, settings: ReminderSettings): Promise<number> {
  const now = deps.now();
  const today = amsterdamDate(now);
  if (!settings.enabled) return 0;
  const longestAfter = Math.max(0, ...settings.daysAfter) + 2;
  const longestBefore = Math.max(0, ...settings.daysBefore);
  const from = addDays(today, -longestAfter);
  const to = addDays(today, longestBefore);
  const jobs: { key: string; kind: string; payload: unknown; runAt: string }[] = [];
  const add = (source: 'record' | 'raad', id: string, dueDate: string, due: DueReminder[]): void => {
    for (const r of due)
      jobs.push({
        key: reminderKey(source, id, dueDate, r.offset),
        kind: 'herinnering',
        payload: { source, id, offset: r.offset, dueDate } satisfies ReminderPayload,
        runAt: now.toISOString(),
      });
  };
  for (const r of await recordsDueBetween(deps.db, from, to)) add('record', r.id, r.dueDate, remindersDue(r.dueDate, today, settings));
  for (const i of await raadsItemsDueBetween(deps.db, from, to)) add('raad', i.id, i.deadline!, remindersDue(i.deadline!, today, settings));
  if (digestDue(today, settings))
    for (const c of await digestCounts(deps.db, today))
      jobs.push({
        key: digestKey(c.userId, today),
        kind: 'weekoverzicht',
        payload: { userId: c.userId, week: isoWeek(today) } satisfies DigestPayload,
        runAt: now.toISOString(),
      });
  return planJobs(deps.db, jobs, now.toISOString());
}

type Outcome = { sent: true; to: string } | { sent: false; reason: string };

async function reminderFor(deps: SchedulerDeps, p: ReminderPayload): Promise<{ userId: string; notification: ActivityNotification } | string> {
  if (p.source === 'record') {
    const r = await dueRecord(deps.db, p.id);
    if (!r || r.dueDate !== p.dueDate) return 'niet meer open of deadline gewijzigd';
    return {
      userId: r.ownerId,
      notification: {
        activityType: ACTIVITY_TYPES.herinnering,
        topic: { text: 'PO-overleg: opvolging', webUrl: tabLink(deps.config, 'opvolging') },
        previewText: reminderText(r.kind, p.offset, r.vertrouwelijk ? null : r.text),
        templateParameters: { onderwerp: r.vertrouwelijk ? `Vertrouwelijk ${r.kind}` : r.kind, wanneer: whenText(p.offset) },
      },
    };
  }
  const i: RaadsItem | null = await findRaadsItem(deps.db, p.id);
  if (!i || !['open', 'in_uitvoering'].includes(i.status) || i.deadline !== p.dueDate || !i.opdrachtnemerId) return 'niet meer open of deadline gewijzigd';
  return {
    userId: i.opdrachtnemerId,
    notification: {
      activityType: ACTIVITY_TYPES.herinnering,
      topic: { text: 'PO-overleg: raadsregister', webUrl: tabLink(deps.config, 'raadsregister') },
      previewText: reminderText(i.soort, p.offset, `${i.nummer} ${i.titel}`),
      templateParameters: { onderwerp: `${i.soort === 'motie' ? 'Motie' : 'Toezegging'} ${i.nummer}`, wanneer: whenText(p.offset) },
    },
  };
}

const whenText = (offset: number): string =>
  offset < 0 ? `over ${-offset} ${offset === -1 ? 'dag' : 'dagen'}` : offset === 0 ? 'vandaag' : `${offset} ${offset === 1 ? 'dag' : 'dagen'} verstreken`;

async function digestFor(deps: SchedulerDeps, p: DigestPayload): Promise<{ userId: string; notification: ActivityNotification } | string> {
  const counts = (await digestCounts(deps.db, amsterdamDate(deps.now()))).find((c) => c.userId === p.userId);
  if (!counts || counts.open === 0) return 'niets open';
  return {
    userId: p.userId,
    notification: {
      activityType: ACTIVITY_TYPES.weekoverzicht,
      topic: { text: `PO-overleg: week ${p.week.slice(-2)}`, webUrl: tabLink(deps.config, 'opvolging') },
      previewText: digestText(counts.open, counts.overdue, counts.raadsOpen),
      templateParameters: { open: String(counts.open), verlopen: String(counts.overdue) },
    },
  };
}

async function proposalFor(deps: SchedulerDeps, p: ProposalPayload): Promise<{ userId: string; notification: ActivityNotification } | string> {
  const po = await openProposal(deps.db, p.poId);
  if (!po || po.status !== 'concept' || po.voorstel?.at !== p.at) return 'voorstel niet meer open';
  return {
    userId: p.userId,
    notification: {
      activityType: ACTIVITY_TYPES.agendaTerVaststelling,
      topic: { text: 'PO-overleg: agenda ter vaststelling', webUrl: tabLink(deps.config, p.poId, `po/${p.poId}`) },
      previewText: `${po.voorstel.byName} legt de agenda ter vaststelling aan je voor.`,
      templateParameters: { po: po.title },
    },
  };
}

async function run(deps: SchedulerDeps, job: Job): Promise<Outcome> {
  const what =
    job.kind === 'weekoverzicht'
      ? await digestFor(deps, job.payload as unknown as DigestPayload)
      : job.kind === 'agendaTerVaststelling'
        ? await proposalFor(deps, job.payload as unknown as ProposalPayload)
        : await reminderFor(deps, job.payload as unknown as ReminderPayload);
  if (typeof what === 'string') return { sent: false, reason: what };
  const recipient = await recipientOf(deps.db, what.userId);
  if (!recipient) return { sent: false, reason: 'ontvanger onbekend' };
  const client = deps.graph.appClient();
  if (!client) throw new Error('geen app-toegang tot Microsoft Graph (ENTRA_CLIENT_SECRET ontbreekt)');
  // chainId: a resent notification (an uncertain first attempt) replaces the first in Teams.
  await sendActivityNotification(client, recipient, { ...what.notification, chainId: job.id });
  return { sent: true, to: what.userId };
}

/** Claims and runs due jobs until none is left. */
export async function drainJobs(deps: SchedulerDeps, result: TickResult = { planned: 0, sent: 0, skipped: 0, retried: 0, failed: 0 }): Promise<TickResult> {
  for (;;) {
    const jobs = await claimJobs(deps.db, deps.now().toISOString(), BATCH, LEASE_MS);
    if (jobs.length === 0) return result;
    for (const job of jobs) {
      try {
        const outcome = await run(deps, job);
        await finishJob(deps.db, job.id, deps.now().toISOString(), outcome);
        if (outcome.sent) result.sent++;
        else result.skipped++;
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const again = isTransient(err) && job.attempts < MAX_JOB_ATTEMPTS;
        await retryJob(
          deps.db,
          job.id,
          again ? new Date(deps.now().getTime() + retryDelayMs(job.attempts)).toISOString() : null,
          message,
          deps.now().toISOString(),
        );
        if (again) result.retried++;
        else result.failed++;
      }
    }
  }
}

/** Removes finished jobs older than the retention (JOB_RETENTION_DAYS); safe on several instances at once. */
export async function purgeJobs(deps: SchedulerDeps): Promise<number> {
  const before = new Date(deps.now().getTime() - deps.config.JOB_RETENTION_DAYS * DAY_MS).toISOString();
  return purgeFinishedJobs(deps.db, before, PURGE_BATCH);
}

/** One round: plan, send what is due, then purge old finished jobs. */
export async function tick(deps: SchedulerDeps): Promise<TickResult> {
  const planned = await planReminders(deps, await loadReminderSettings(deps.db));
  const result = await drainJobs(deps, { planned, sent: 0, skipped: 0, retried: 0, failed: 0 });
  return { ...result, purged: await purgeJobs(deps) };
}

export interface Scheduler {
  /** Runs one round now (tests, and the timer). Rounds never overlap within an instance. */
  tick(): Promise<TickResult>;
  /** Stops the timer and waits for a round in progress. */
  stop(): Promise<void>;
}

/** Starts the scheduler: a first round right away, then every `intervalMs`. */
export function startScheduler(
  deps: SchedulerDeps,
  opts: { intervalMs?: number; log?: { info(obj: object, msg: string): void; error(obj: object, msg: string): void } } = {},
): Scheduler {
  let running: Promise<TickResult> | null = null;
  let stopped = false;
  const round = (): Promise<TickResult> => {
    if (running) return running;
    running = tick(deps)
      .then((r) => {
        if (r.planned + r.sent + r.failed + (r.purged ?? 0) > 0) opts.log?.info({ ...r }, 'herinneringen');
        return r;
      })
      .catch((err: unknown) => {
        opts.log?.error({ err: err instanceof Error ? err.message : String(err) }, 'herinneringen: ronde mislukt; volgende poging bij de volgende ronde');
        return { planned: 0, sent: 0, skipped: 0, retried: 0, failed: 0 };
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => {
    if (!stopped) void round();
  }, opts.intervalMs ?? REMINDER_INTERVAL_MS);
  timer.unref();
  void round();
  return {
    tick: round,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
