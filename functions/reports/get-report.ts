// You are here: GET /api/reports/{period}, the printable executive report.
import * as z from 'zod/mini';
import type { AppContext } from '../../shared/config/context';
import { renderExecutiveReport } from '../../shared/domain/publication/report-render';
import { executiveReport, REPORT_ROLES } from '../../shared/domain/use-cases/executive-report';
import { html, httpHandler, principalOf, staffOnly, type Contract } from '../../shared/http/handler';
import { STAFF_ERRORS } from '../staff';

export const contract: Contract = {
  access: staffOnly(REPORT_ROLES.read),
  summary: 'The executive report of a quarter (HTML, printable; never published)',
  responses: { 200: { description: 'The report as a printable HTML page', schema: z.lazy(() => z.string()), mediaType: 'text/html' }, 400: { description: 'Not a quarter' }, ...STAFF_ERRORS },
};

export const makeHandler = (context: AppContext) => {
  const report = executiveReport(context);
  return httpHandler(contract, async (request) => html(200, renderExecutiveReport(await report(principalOf(request), request.pathParameters.period ?? ''))));
};
