// You are here: PUT /api/reports/{period}/approval, an executive approves the quarter's report with an
// analysis of problems and remedies, which publishes the quarter with the approval beside it.
import * as z from 'zod/mini';
import type { AppContext } from '../../shared/config/context';
import { bangkokDate } from '../../shared/domain/calendar';
import { MAX_ANALYSIS_CHARACTERS } from '../../shared/domain/report-approvals';
import { printableText } from '../../shared/domain/text';
import { approveReport, REPORT_ROLES } from '../../shared/domain/use-cases/executive-report';
import { httpHandler, json, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import { STAFF_ERRORS } from '../staff';

// Printable: the analysis is published, and a control character has no place on a public page.
const approvalSchema = z.strictObject({ analysis: printableText(MAX_ANALYSIS_CHARACTERS, 'the executive\'s analysis of problems and remedies, published with the statistics') });

export const contract: Contract<typeof approvalSchema> = {
  access: staffOnly(REPORT_ROLES.read),
  summary: 'Approve the quarter\'s report with an analysis, and publish the quarter (audited, once)',
  description:
    'The executive\'s own agency and an ended quarter. The approval (who, when, the analysis) and its audit entry are written once; the quarter is then published for the agency with the approval\'s Bangkok day and the analysis. Sending the same approval again records nothing and answers the first one (created false); a different analysis or another executive gets 409. An agency that publishes only after approval is published by this request alone.',
  body: approvalSchema,
  responses: {
    200: {
      description: 'The approval as recorded; the quarter is published',
      schema: z.lazy(() =>
        z.strictObject({
          period: z.string(),
          approvedBy: z.string(),
          approvedAt: z.iso.datetime(),
          approvedOn: z.iso.date().check(z.meta({ description: 'the Bangkok day of the approval, as published' })),
          analysis: z.string(),
          created: z.boolean(),
        }),
      ),
    },
    400: { description: 'Not a quarter, a quarter that has not ended, or an analysis missing, too long or with control characters' },
    ...STAFF_ERRORS,
    409: { description: 'The quarter was approved already, by another executive or with another analysis' },
    503: { description: 'The approval is recorded but the publication failed; send the same approval again' },
  },
};

export const makeHandler = (context: AppContext) => {
  const approve = approveReport(context);
  return httpHandler(contract, async (request) => {
    const { approval, created } = await approve(principalOf(request), request.pathParameters.period ?? '', request.body.analysis);
    return json(200, { period: approval.period, approvedBy: approval.approvedBy, approvedAt: approval.approvedAt, approvedOn: bangkokDate(new Date(approval.approvedAt)), analysis: approval.analysis, created });
  });
};
