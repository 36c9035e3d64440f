import { makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nContext';
import { ChoiceField } from './ChoiceField';

const useStyles = makeStyles({
  pickers: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' },
});

/** The work plan (濮法政办〔2021〕10号) starts in 2021; offer every year since, up to next year. */
export const FIRST_PLAN_YEAR = 2021;

export function reviewYears(today: Date): number[] {
  const last = today.getFullYear() + 1;
  const first = Math.min(FIRST_PLAN_YEAR, last - 1);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Year + quarter selects for a `2021Q2` value. */
export function QuarterPicker({
  quarter,
  onChange,
  today,
  hint,
}: {
  quarter: string;
  onChange: (quarter: string) => void;
  today: Date;
  hint?: string;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(5));
  const years = reviewYears(today);
  if (!years.includes(year)) years.unshift(year);
  return (
    <div className={styles.pickers} data-testid="quarter-picker">
      <ChoiceField
        label={t('review.year')}
        value={String(year)}
        options={years}
        optionText={(y) => y}
        onChange={(value) => onChange(`${value}Q${q}`)}
      />
      <ChoiceField
        label={t('review.quarter')}
        hint={hint}
        value={String(q)}
        options={[1, 2, 3, 4]}
        optionText={(n) => t('review.quarterOption', { n })}
        onChange={(value) => onChange(`${year}Q${value}`)}
      />
    </div>
  );
}
