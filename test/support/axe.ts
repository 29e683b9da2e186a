// axe-core in Chromium: runs the WCAG 2.1 A and AA rules on the page as it stands (so a test can
// check each state a person sees: empty, with errors, filled, results). axe is injected as a script
// of the test's own, which the pages' Content-Security-Policy ('self' only) would refuse: open the
// page in a context with `bypassCSP: true` (AXE_CONTEXT). The pages' CSP itself is unchanged, and
// the tests that watch for CSP violations keep their own contexts.
import { appendFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContextOptions, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rule sets of WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/** What a test's browser context needs for axe to be injected. */
export const AXE_CONTEXT: BrowserContextOptions = { bypassCSP: true };

/** One rule broken, with where: enough to find and fix it from a failed test's output. */
export interface AxeViolation {
  rule: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

interface AxeResult {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}

/** The WCAG 2.1 AA violations axe finds on the page now, as plain data (empty when there are none). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(
    (tags) => (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<AxeResult> } }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    [...WCAG_21_AA],
  );
  const violations = result.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    nodes: violation.nodes.map((node) => `${node.target.map(String).join(' ')}: ${node.failureSummary ?? ''}`),
  }));
  recordRun(page, violations);
  return violations;
}

/**
 * With AXE_REPORT=<file>, each run adds a line (the page's path and query, its language, the rules
 * broken) to that file, so a whole test run yields the list of pages and states axe has checked.
 */
function recordRun(page: Page, violations: AxeViolation[]) {
  const report = process.env.AXE_REPORT;
  if (!report) return;
  const url = new URL(page.url());
  appendFileSync(report, `${JSON.stringify({ page: `${url.pathname}${url.search}`, violations: violations.map((violation) => violation.rule) })}\n`);
}
