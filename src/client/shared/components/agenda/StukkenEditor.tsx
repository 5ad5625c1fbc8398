/** The stukken of one agendapunt: links, added by title and URL, removed one by one. */
import { Button, Field, Input, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { LIMITS } from '../../../../shared/limits';
import { AddIcon, DeleteIcon, DocumentIcon } from '../Icons';
import { useT } from '../../session';
import type { AgendaItemView } from '../../types';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  add: {
    display: 'grid',
    gridTemplateColumns: 'minmax(120px, 1fr) minmax(160px, 2fr) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    marginTop: tokens.spacingVerticalS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Stuk = AgendaItemView['stukken'][number];

export function StukkenEditor({
  stukken,
  onChange,
}: {
  stukken: Stuk[];
  onChange: (stukken: { id?: string; title: string; url: string }[]) => void;
}): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const id = useId();
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [urlError, setUrlError] = useState(false);
  const current = stukken.map((s) => ({ id: s.id, title: s.title, url: s.url }));

  const add = (): void => {
    if (!/^https?:\/\/\S+$/i.test(url.trim())) {
      setUrlError(true);
      return;
    }
    onChange([...current, { title: title.trim() || url.trim(), url: url.trim() }]);
    setTitle('');
    setUrl('');
    setUrlError(false);
  };

  return (
    <div>
      <Text weight="semibold" as="h4" id={`${id}-h`} style={{ margin: 0 }}>
        {t('agenda.item.stukken')}
      </Text>
      {stukken.length === 0 ? (
        <Text className={styles.muted}>{t('agenda.item.stukken.none')}</Text>
      ) : (
        <ul className={styles.list} aria-labelledby={`${id}-h`}>
          {stukken.map((s) => (
            <li key={s.id} className={styles.row}>
              <DocumentIcon />
              <Link href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
              </Link>
              <Button
                size="small"
                appearance="subtle"
                icon={<DeleteIcon />}
                aria-label={t('agenda.item.stuk.remove', { title: s.title })}
                onClick={() => onChange(current.filter((c) => c.id !== s.id))}
              />
            </li>
          ))}
        </ul>
      )}
      <div className={styles.add}>
        <Field label={t('agenda.item.stuk.title')}>
          <Input value={title} maxLength={LIMITS.titleChars} onChange={(_, d) => setTitle(d.value)} />
        </Field>
        <Field
          label={t('agenda.item.stuk.url')}
          validationState={urlError ? 'error' : 'none'}
          validationMessage={urlError ? t('agenda.item.stuk.invalidUrl') : undefined}
        >
          <Input
            type="url"
            value={url}
            maxLength={LIMITS.urlChars}
            onChange={(_, d) => setUrl(d.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
        </Field>
        <Button icon={<AddIcon />} onClick={add} disabled={url.trim() === ''}>
          {t('agenda.item.stuk.add')}
        </Button>
      </div>
    </div>
  );
}
