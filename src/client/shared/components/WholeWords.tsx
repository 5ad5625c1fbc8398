/**
 * A Dutch title that wraps only between words, never inside one ("Woningbouwprogramm a"): each
 * word is kept whole (hyphenated where the browser has Dutch hyphenation, `lang="nl"`), and a word
 * too long for the line on its own ends in an ellipsis. The full title stays in the text (screen
 * readers, search) and in the title attribute (a pointer's tooltip). Presentational.
 */
import { makeStyles, mergeClasses } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { overflowWrap: 'normal', wordBreak: 'normal', hyphens: 'auto' },
  // One word in a box no wider than the line: inside it only hyphenation may break the word;
  // when it cannot (no Dutch dictionary, or no break point), the overflowing end is an ellipsis.
  word: { display: 'inline-block', maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', verticalAlign: 'bottom' },
});

export function WholeWords({ text, className }: { text: string; className?: string }): JSX.Element {
  const styles = useStyles();
  return (
    <span lang="nl" title={text} className={mergeClasses(styles.root, className)} data-testid="whole-words">
      {text.split(/(\s+)/).map((part, i) =>
        part === '' || /^\s+$/.test(part) ? (
          part
        ) : (
          <span key={i} className={styles.word} data-word="">
            {part}
          </span>
        ),
      )}
    </span>
  );
}
