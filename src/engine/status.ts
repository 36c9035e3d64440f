import { DEFAULT_OFFICE_CONTACT, campaignStatus, chaseText, type CampaignStatus, type Lang, type OfficeContact } from '@ledger-review/scoring';
import {
  TEMPLATE_KIND,
  defaultReviewContext,
  examineFile,
  isWorkbookFile,
  receivedLedgersOf,
  reviewContextFromTemplate,
  workbookKind,
  type ReceivedFile,
} from '@ledger-review/workbook';

/** 报送状态 of the picked files as of a day: each unit's months and the 催报 text to paste. */
export interface PickedStatus {
  status: CampaignStatus;
  chaseText: string;
  office: OfficeContact;
}

/**
 * The office's status view (SPEC §10), the same computation as `ledger-review status`: every
 * picked ledger examined once, a template workbook among them (valid) supplying the roster,
 * settings and the office's contact.
 */
export function statusOfPickedFiles(files: readonly ReceivedFile[], asOf: string, lang: Lang): PickedStatus {
  const template = files.find((f) => isWorkbookFile(f) && workbookKind(f.sheets) === TEMPLATE_KIND);
  const context = (template && isWorkbookFile(template) ? reviewContextFromTemplate(template.sheets).context : null) ?? defaultReviewContext();
  const office = context.office ?? DEFAULT_OFFICE_CONTACT;
  const examined = files.filter((f) => f !== template).map((f) => examineFile(f, context));
  const status = campaignStatus({ roster: context.roster, ledgers: receivedLedgersOf(examined), settings: context.settings, asOf });
  return { status, chaseText: chaseText(status, office, lang), office };
}
