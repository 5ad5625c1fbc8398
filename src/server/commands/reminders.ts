/** Beheer: when reminders go out and on which day the concernadviseur's weekly digest comes (issue 15). */
import type { ReminderSettings } from '../../domain';
import { describeReminders, mayAdminister, reminderSettingsProblems } from '../../domain';
import type { ReminderSettingsView } from '../../shared/contract/raadsregister';
import { fail } from '../../shared/errors';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { appendAudit } from '../store/audit';
import { loadReminderSettings, saveReminderSettings } from '../store/reminders';
import { requireRight } from './context';

const view = (s: ReminderSettings): ReminderSettingsView => ({ ...s, description: describeReminders(s) });
const requireBeheerder = (actor: Actor): void => requireRight(mayAdminister(actor.user), 'de organisatie te beheren: dat doet de beheerder');

export async function reminderSettingsFor(deps: Deps, actor: Actor): Promise<ReminderSettingsView> {
  requireBeheerder(actor);
  return view(await loadReminderSettings(deps.db));
}

export async function changeReminderSettings(deps: Deps, actor: Actor, next: ReminderSettings): Promise<ReminderSettingsView> {
  requireBeheerder(actor);
  const problems = reminderSettingsProblems(next);
  if (problems.length)
    fail(
      'validation',
      problems.map((p) => p.message).join(' '),
      problems.map((p) => ({ code: 'invalid', ...p })),
    );
  const settings = { ...next, daysBefore: [...next.daysBefore].sort((a, b) => a - b), daysAfter: [...next.daysAfter].sort((a, b) => a - b) };
  return deps.db.tx(async (sql) => {
    const before = await loadReminderSettings(sql);
    await saveReminderSettings(sql, settings, deps.now().toISOString());
    await appendAudit(sql, {
      actor: { id: actor.user.id, name: actor.user.name },
      action: 'beheer.herinneringen',
      objectType: 'organisatie',
      objectId: 'herinneringen',
      poId: null,
      result: 'geslaagd',
      origin: actor.origin,
      before,
      after: settings,
    });
    return view(settings);
  });
}
