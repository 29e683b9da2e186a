// You are here: the headers every page is served with, locally by infra/local/server.ts and on AWS
// by CloudFront's response headers policy (infra/constructs/site.ts). Pages load nothing from
// another origin, so the policy can be strict.

/**
 * The page policy. Pages load and call nothing outside their own origin; the only exception is an
 * origin a page must `fetch` from the browser, such as the token endpoint of Cognito's hosted UI on
 * AWS, given in `extraConnectSources`. Everything else (scripts, frames, forms, base) stays 'self' or
 * 'none' whatever is passed. Sources are joined as text, so a CDK token stands in for one unchanged.
 */
export function contentSecurityPolicy(extraConnectSources: readonly string[] = []): string {
  for (const source of extraConnectSources) {
    // A stray ';' or ',' would end the directive and could append a new one; a space would add a second source.
    if (source === '' || /[\s;,]/.test(source)) throw new Error(`Not a single CSP source: "${source}"`);
  }
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    ["connect-src 'self'", ...extraConnectSources].join(' '),
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

export const PAGE_SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
} as const;
