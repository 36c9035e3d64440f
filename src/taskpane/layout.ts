import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The layouts the views and their panels share, so that they space alike and stay inside a
 * 320–350 px pane.
 */
export const useLayoutStyles = makeStyles({
  /** A view: its parts one below the other. */
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  /** A part of a view or a panel: its lines closer together. */
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  /** Controls side by side, wrapping when the pane is too narrow for them. */
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  /** A bulleted list of short lines (units, notes). */
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  /** Unit and file names wrap inside the pane instead of widening it. */
  wrap: { overflowWrap: 'anywhere' },
});
