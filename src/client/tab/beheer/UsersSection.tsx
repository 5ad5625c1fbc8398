/** Users and roles: add a person picked from the directory, and change anyone's roles. */
import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { ROLE_LABEL } from '../../../domain/labels';
import type { Role, User } from '../../../domain/model';
import { pick } from '../../shared/i18n';
import { useSession, useT } from '../../shared/session';
import type { DirectoryHit } from '../../shared/types';
import { PeoplePicker } from './PeoplePicker';
import { RoleChoice } from './RoleChoice';
import { SaveStatus } from './SaveStatus';
import { useBeheerStyles } from './styles';
import { useSaver } from './useSaver';

function UserRow({ user, onSaved }: { user: User; onSaved: () => void }): JSX.Element {
  const styles = useBeheerStyles();
  const { t, locale } = useT();
  const { api } = useSession();
  const saver = useSaver();
  const [editing, setEditing] = useState(false);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  return (
    <li className={styles.item}>
      <span>
        {user.name} <span className={styles.muted}>{user.roles.map((r) => pick(ROLE_LABEL[r], locale)).join(', ')}</span>
      </span>
      {!editing && (
        <Button size="small" aria-label={`${t('beheer.users.editRoles')}: ${user.name}`} onClick={() => setEditing(true)}>
          {t('beheer.users.editRoles')}
        </Button>
      )}
      {editing && (
        <form
          className={styles.page}
          onSubmit={(e) => {
            e.preventDefault();
            void saver
              .run(() => api.setRoles(user.id, roles))
              .then((ok) => {
                if (ok) {
                  setEditing(false);
                  onSaved();
                }
              });
          }}
        >
          <RoleChoice legend={t('beheer.users.rolesOf', { name: user.name })} roles={roles} onChange={setRoles} />
          <SaveStatus saver={saver} />
          <div className={styles.row}>
            <Button appearance="primary" type="submit" disabled={saver.busy}>
              {t('beheer.save')}
            </Button>
            <Button
              onClick={() => {
                setEditing(false);
                setRoles(user.roles);
                saver.clear();
              }}
            >
              {t('app.cancel')}
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}

export function UsersSection({ users, onSaved }: { users: User[]; onSaved: () => void }): JSX.Element {
  const styles = useBeheerStyles();
  const { t } = useT();
  const { api } = useSession();
  const saver = useSaver();
  const [picked, setPicked] = useState<DirectoryHit | null>(null);
  const [roles, setRoles] = useState<Role[]>([]);

  const choose = (person: DirectoryHit): void => {
    setPicked(person);
    setRoles(users.find((u) => u.id === person.userId)?.roles ?? []);
    saver.clear();
  };
  const add = async (): Promise<void> => {
    if (!picked) return;
    const ok = await saver.run(() => api.addUser({ entraId: picked.entraId, name: picked.name, email: picked.email, functie: picked.functie, roles }));
    if (ok) {
      setPicked(null);
      onSaved();
    }
  };

  return (
    <section className={styles.card} aria-labelledby="beheer-users">
      <h2 className={styles.h2} id="beheer-users">
        {t('beheer.section.users')}
      </h2>
      <PeoplePicker onPick={choose} />
      {picked && (
        <form
          className={styles.page}
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <RoleChoice legend={t('beheer.users.rolesOf', { name: picked.name })} roles={roles} onChange={setRoles} />
          <div className={styles.row}>
            <Button appearance="primary" type="submit" disabled={saver.busy}>
              {t('beheer.users.addAs', { name: picked.name })}
            </Button>
            <Button onClick={() => setPicked(null)}>{t('app.cancel')}</Button>
          </div>
        </form>
      )}
      <SaveStatus saver={saver} />
      <h3 className={styles.h3}>{t('beheer.users.list')}</h3>
      {users.length === 0 ? (
        <Text className={styles.muted}>—</Text>
      ) : (
        <ul className={styles.list} aria-label={t('beheer.users.list')}>
          {users.map((u) => (
            <UserRow key={`${u.id}:${u.roles.join()}`} user={u} onSaved={onSaved} />
          ))}
        </ul>
      )}
    </section>
  );
}
