/**
 * Text fields that save when the user leaves them (or presses Enter in a one-line field): the
 * editor writes each change once, not on every keystroke.
 */
import { Input, Textarea, type InputProps } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

interface CommitProps {
  value: string;
  onCommit: (value: string) => void;
  id?: string;
  disabled?: boolean;
  placeholder?: string;
  maxLength?: number;
  'aria-label'?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  className?: string;
}

function useDraft(value: string, onCommit: (v: string) => void): [string, (v: string) => void, () => void] {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = (): void => {
    if (draft !== value) onCommit(draft);
  };
  return [draft, setDraft, commit];
}

export function CommitInput({
  value,
  onCommit,
  type,
  min,
  max,
  ...rest
}: CommitProps & { type?: InputProps['type']; min?: number; max?: number }): JSX.Element {
  const [draft, setDraft, commit] = useDraft(value, onCommit);
  return (
    <Input
      {...rest}
      type={type}
      min={min}
      max={max}
      value={draft}
      onChange={(_, d) => setDraft(d.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}

export function CommitTextarea({ value, onCommit, ...rest }: CommitProps): JSX.Element {
  const [draft, setDraft, commit] = useDraft(value, onCommit);
  return <Textarea {...rest} resize="vertical" value={draft} onChange={(_, d) => setDraft(d.value)} onBlur={commit} />;
}
