/**
 * A confirmation shown in place, under the button that asked for it: a non-modal dialog (role
 * "dialog", labelled by its title) that takes focus when it opens, closes with Escape or its
 * cancel button and gives focus back to the button. In place rather than a Fluent modal Dialog:
 * a modal keeps focus-trap elements in the page even while closed, and the side panel is 320 px.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef, type ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    // In a row of buttons it takes a line of its own.
    flexBasis: '100%',
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, justifyContent: 'flex-end' },
});

export interface ConfirmPanelProps {
  title: string;
  /** The id of the text that describes what will happen (aria-describedby). */
  describedBy?: string;
  cancelLabel: string;
  onCancel: () => void;
  /** The confirming button(s). */
  actions: ReactNode;
  children: ReactNode;
}

export function ConfirmPanel({ title, describedBy, cancelLabel, onCancel, actions, children }: ConfirmPanelProps): JSX.Element {
  const styles = useStyles();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      className={styles.root}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <h3 id={titleId} ref={heading} tabIndex={-1} className={styles.title}>
        {title}
      </h3>
      {children}
      <div className={styles.actions}>
        <Button onClick={onCancel}>{cancelLabel}</Button>
        {actions}
      </div>
    </div>
  );
}
