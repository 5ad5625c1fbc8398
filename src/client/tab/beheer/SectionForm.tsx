/** One section of the Beheer page: a form named by its heading, saved by submitting it (Enter or its button). */
import type { ReactNode } from 'react';
import { useBeheerStyles } from './styles';

export function SectionForm({
  id,
  title,
  onSubmit,
  children,
}: {
  id: string;
  title: string;
  onSubmit: () => Promise<unknown>;
  children: ReactNode;
}): JSX.Element {
  const styles = useBeheerStyles();
  return (
    <form
      className={styles.card}
      aria-labelledby={id}
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
    >
      <h2 className={styles.h2} id={id}>
        {title}
      </h2>
      {children}
    </form>
  );
}
