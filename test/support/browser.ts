// Chromium for end-to-end tests, driven by playwright-core against the system browser (a test tool's
// own browser download is not available where CI runs; CI installs the distribution's chromium package).
// Each page records what a user would never want to see: console errors, uncaught exceptions and
// Content-Security-Policy violations.
import { expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  problems: PageProblems;
}

/**
 * A fresh context (no cookies, storage or cache shared with other tests) with one page whose
 * problems are recorded. CSP stays enforced: bypassing it would hide exactly what we check.
 */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', bypassCSP: false, ...options });
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [] };
  // The listener is installed by the DevTools protocol before any page script runs, so the CSP,
  // which would refuse an inline script, does not apply to it.
  await context.exposeBinding('reportCspViolation', (_source, violation: string) => {
    problems.cspViolations.push(violation);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (violation: string) => void }).reportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  return { page, context, problems };
}

/**
 * What a user must never meet on a page: a CSP violation, a script error, a console error. A failed
 * load the test itself expects (a 404 it provoked) is named by a pattern and let through.
 */
export function expectNoProblems(problems: PageProblems, expectedLoadFailures: readonly RegExp[] = []) {
  const unexpected = problems.consoleErrors.filter((text) => !(text.startsWith('Failed to load resource') && expectedLoadFailures.some((pattern) => pattern.test(text))));
  expect(problems.cspViolations).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  expect(unexpected).toEqual([]);
}
