/**
 * The griffie's list as CSV: chosen, checked (every bad row and field named, nothing written), then
 * imported all at once. A nummer already in the register is updated.
 */
import { Button, Label, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError, problemText } from '../../shared/api';
import { ErrorPanel } from '../../shared/components/ErrorPanel';
import { useSession, useT } from '../../shared/session';
import { raadsImport, type RaadsImportView } from '../../shared/raadsApi';

const useStyles = makeStyles({
  card: {
    flex: '1 1 340px',
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400 },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, maxHeight: '220px', overflowY: 'auto' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  file: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export function RaadsImport({ onImported }: { onImported: () => void }): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const { api } = useSession();
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<RaadsImportView | null>(null);
  const [done, setDone] = useState<RaadsImportView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const check = (text: string): Promise<void> =>
    run(async () => {
      setDone(null);
      setPreview(await raadsImport(api, text, true));
    });
  const problems = error instanceof ApiError ? error.problems : [];

  return (
    <section className={styles.card} aria-labelledby="raads-import">
      <h2 className={styles.h2} id="raads-import">
        {t('raads.import')}
      </h2>
      <Text className={styles.hint}>{t('raads.import.hint')}</Text>
      <div className={styles.file}>
        <Label htmlFor="raads-csv">{t('raads.import.file')}</Label>
        <input
          id="raads-csv"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            void file.text().then((text) => {
              setCsv(text);
              void check(text);
            });
          }}
        />
      </div>
      {preview && preview.problems.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t('raads.import.problems', { n: preview.problems.length })}
            <ul className={styles.list} aria-label={t('raads.import.problems', { n: preview.problems.length })}>
              {preview.problems.map((p) => (
                <li key={`${p.line}:${p.field}:${p.message}`}>{t('raads.import.problem', { line: p.line, field: p.field, message: p.message })}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {preview && preview.problems.length === 0 && !done && (
        <>
          <Text role="status">{t('raads.import.ok', { n: preview.rows.length })}</Text>
          <ul className={styles.list}>
            {preview.rows.map((r) => (
              <li key={r.line}>
                {r.nummer} — {r.titel} ({t(r.action === 'nieuw' ? 'raads.import.action.nieuw' : 'raads.import.action.bijwerken')})
              </li>
            ))}
          </ul>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={busy || csv === null}
              onClick={() =>
                void run(async () => {
                  const result = await raadsImport(api, csv ?? '', false);
                  setDone(result);
                  setPreview(null);
                  onImported();
                })
              }
            >
              {t('raads.import.run', { n: preview.rows.length })}
            </Button>
          </div>
        </>
      )}
      {done && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t('raads.import.done', { created: done.created, updated: done.updated })}</MessageBarBody>
        </MessageBar>
      )}
      {error !== null && (
        <>
          <ErrorPanel error={error} onDismiss={() => setError(null)} />
          {problems.length > 0 && (
            <ul className={styles.list}>
              {problems.map((p) => (
                <li key={`${p.path}:${p.message}`}>{problemText(p, locale)}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
