// What the request log keeps of a URL: invite tokens cut out of paths, and query values only
// for parameters known to be harmless.
import { describe, expect, it } from 'vitest';
import { redactPath, redactUrl } from '../../../server/http/log-redaction';

describe('log redaction', () => {
  it('cuts invite tokens out of paths', () => {
    expect(redactPath('/invite/abcDEF_123-xyz')).toBe('/invite/[redacted]');
    expect(redactUrl('/invite/abcDEF?lang=en')).toBe('/invite/[redacted]?lang=en');
  });

  it('keeps harmless query values and redacts the rest', () => {
    expect(redactUrl('/admin?venue=v1&from=2026-01-01&to=2026-01-02')).toBe(
      '/admin?venue=v1&from=2026-01-01&to=2026-01-02',
    );
    expect(redactUrl('/admin/login?token=SECRET&lang=vi')).toBe(
      '/admin/login?token=[redacted]&lang=vi',
    );
    expect(redactUrl('/x?cccd=001093029317')).not.toContain('0010930');
  });
});
