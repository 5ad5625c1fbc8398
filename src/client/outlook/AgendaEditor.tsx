/**
 * The agenda of the PO in the task pane, per section. Each agendapunt is the AgendaItemCard the
 * personal tab uses too (shared/components/agenda: the three purposes always visible, fields,
 * problems at the item); the task pane does not reorder, so cards are shown without move controls.
 */
import { Badge, Button, Field, Input, Select, Text, Title3 } from '@fluentui/react-components';
import { useState } from 'react';
import { formatDateTime } from '../shared/format';
import { translate } from '../shared/i18n';
import type { PoView } from '../shared/types';
import { AgendaItemCard } from '../shared/components/agenda/AgendaItemCard';
import { agendaProblems, problemsByItem } from './insertAgenda';
import { useT } from '../shared/session';
import type { TaskPaneActions } from './useTaskPane';
import { useOutlookStyles } from './styles';

const noop = (): void => undefined;

function AddItemForm({ po, pane }: { po: PoView; pane: TaskPaneActions }): JSX.Element {
  const styles = useOutlookStyles();
  const { t } = useT();
  const [title, setTitle] = useState('');
  const [section, setSection] = useState(po.sections[0] ?? '');
  return (
    <form
      className={styles.stack}
      aria-labelledby="po-add-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (title.trim() !== '') void pane.addItem({ title: title.trim(), section }).then(() => setTitle(''));
      }}
    >
      <Text weight="semibold" id="po-add-title">
        {t('outlook.addTitle')}
      </Text>
      <Field label={t('outlook.itemTitle')} required>
        <Input value={title} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={t('outlook.section')}>
        <Select value={section} onChange={(_, d) => setSection(d.value)}>
          {po.sections.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={pane.state.busy || title.trim() === ''}>
        {t('outlook.add')}
      </Button>
    </form>
  );
}

export function AgendaEditor({ po, pane }: { po: PoView; pane: TaskPaneActions }): JSX.Element {
  const styles = useOutlookStyles();
  const { t, locale } = useT();
  const { byItem, general } = problemsByItem(agendaProblems(po));
  const refused = pane.state.result !== null && !pane.state.result.ok;
  const editable = po.rights.editAgenda && !pane.state.busy;
  return (
    <section className={styles.stack} aria-labelledby="po-title">
      <Title3 as="h2" id="po-title">
        {po.title}
      </Title3>
      <Text>{`${formatDateTime(po.startsAt, locale)} · ${po.portefeuillehouder.name}`}</Text>
      <div className={styles.badges}>
        <Badge appearance="outline">{translate(locale, `status.${po.status}`)}</Badge>
        <Badge appearance="tint" color="success">
          {t('outlook.linked')}
        </Badge>
      </div>
      {!po.rights.editAgenda && <Text>{t('outlook.readOnly')}</Text>}
      {general.length > 0 && (
        <ul className={styles.problems} aria-label={translate(locale, 'error.title')}>
          {general.map((p) => (
            <li key={p.code} data-problem={p.code}>
              {p.message}
            </li>
          ))}
        </ul>
      )}
      {po.sections.map((section) => {
        const items = po.agendapunten.filter((i) => i.section === section);
        return (
          <section key={section} className={styles.stack} aria-label={section}>
            <Text as="h3" weight="semibold" size={400}>
              {section}
            </Text>
            {items.length === 0 ? (
              <Text italic>{t('outlook.emptySection')}</Text>
            ) : (
              <ul className={styles.items}>
                {items.map((item) => (
                  <AgendaItemCard
                    key={item.id}
                    item={item}
                    users={pane.state.data?.users ?? []}
                    editable={editable}
                    reorderable={false}
                    canMoveUp={false}
                    canMoveDown={false}
                    problems={byItem.get(item.id) ?? []}
                    problemsAreErrors={refused}
                    dropBefore={false}
                    onEdit={(input) => void pane.editItem(item.id, input)}
                    onMove={noop}
                    onRemove={() => void pane.removeItem(item.id)}
                    onDragStart={noop}
                    onDragEnd={noop}
                    onDragOver={noop}
                    onDrop={noop}
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}
      {po.rights.editAgenda && <AddItemForm po={po} pane={pane} />}
    </section>
  );
}
