// The one rule for /a/{agency}/… addresses: which agency an address is, and which generic page the
// site serves for it. CloudFront's function (infra/constructs/site.ts) and the local server apply it.
import { describe, expect, it } from 'vitest';
import { agencyHome, agencyOfPath, GENERIC_PAGES_DIR, resolveAgencyPath } from '../../shared/rules/agency-path';

describe('agency page addresses', () => {
  it('serve the generic page of the channel for an agency address, keeping the address', () => {
    expect(resolveAgencyPath('/a/tambon-example/')).toEqual({ kind: 'rewrite', path: `/${GENERIC_PAGES_DIR}/index.html` });
    expect(resolveAgencyPath('/a/tambon-example/report.html')).toEqual({ kind: 'rewrite', path: '/agency/report.html' });
    expect(resolveAgencyPath('/a/bma-health/track')).toEqual({ kind: 'rewrite', path: '/agency/track.html' });
    expect(resolveAgencyPath('/a/bma-health/information-centre.html')).toEqual({ kind: 'rewrite', path: '/agency/information-centre.html' });
  });

  it('send an agency address without its slash to the one with it, so relative links stay with the agency', () => {
    expect(resolveAgencyPath('/a/tambon-example')).toEqual({ kind: 'redirect', location: '/a/tambon-example/' });
    expect(agencyHome('tambon-example')).toBe('/a/tambon-example/');
  });

  it('name the agency of an address, and no agency for any other address', () => {
    expect(agencyOfPath('/a/tambon-example/report.html')).toBe('tambon-example');
    expect(agencyOfPath('/a/tambon-example')).toBe('tambon-example');
    for (const other of ['/', '/report.html', '/agency/report.html', '/staff/cases.html', '/stats/bma-health/', '/api/agencies/x', '/a/', '/ab/x/']) {
      expect(agencyOfPath(other), other).toBeUndefined();
      expect(resolveAgencyPath(other), other).toBeUndefined();
    }
  });

  it('serve a translated language from its folder of the generic pages, and the finder\'s from its own', () => {
    expect(resolveAgencyPath('/a/tambon-example/en/')).toEqual({ kind: 'rewrite', path: '/agency/en/index.html' });
    expect(resolveAgencyPath('/a/tambon-example/en/report.html')).toEqual({ kind: 'rewrite', path: '/agency/en/report.html' });
    expect(resolveAgencyPath('/a/tambon-example/en/track')).toEqual({ kind: 'rewrite', path: '/agency/en/track.html' });
    expect(resolveAgencyPath('/a/tambon-example/en')).toEqual({ kind: 'redirect', location: '/a/tambon-example/en/' });
    expect(agencyOfPath('/a/tambon-example/en/guide.html')).toBe('tambon-example');
    expect(resolveAgencyPath('/en/')).toEqual({ kind: 'rewrite', path: '/en/index.html' });
    expect(resolveAgencyPath('/en')).toEqual({ kind: 'redirect', location: '/en/' });
    // Only the languages the site is built in; another folder is no page.
    for (const other of ['/a/tambon-example/fr/report.html', '/a/tambon-example/en/en/report.html', '/a/tambon-example/en/staff/cases.html', '/fr/', '/en/x/']) {
      expect(resolveAgencyPath(other), other).toBeUndefined();
    }
  });

  it('leave alone what cannot be an agency id or a page of the flat channel set', () => {
    for (const hostile of [
      '/a/../staff/cases.html',
      '/a/x/../../staff/cases.html',
      '/a/BMA-health/',
      '/a/1abc/',
      '/a/x/',
      `/a/${'a'.repeat(42)}/`,
      '/a/bma-health/staff/cases.html',
      '/a/bma-health/%2e%2e/staff/cases.html',
      '/a/bma-health/report.html/x',
      '/a/bma-health//report.html',
      '/a/bma-health/assets/report.page.js',
    ]) {
      expect(resolveAgencyPath(hostile), hostile).toBeUndefined();
    }
  });
});
