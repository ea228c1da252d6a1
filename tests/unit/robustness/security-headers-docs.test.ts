// docs/deployment.md quotes the security headers of src/security-headers.ts word for word (the
// headers `vite preview` sends), explains every CSP directive, and the policy allows no inline
// script and no eval.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, SECURITY_HEADERS } from '../../../src/security-headers';

const doc = readFileSync('docs/deployment.md', 'utf8');

describe('the documented security headers', () => {
  it('are exactly the ones the preview server sends, in the http block and the _headers example', () => {
    const httpBlock = /```http\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}`);
    expect(httpBlock.trim().split('\n')).toEqual(lines);
    const headersFile = /```text\n\/\*\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    expect(headersFile.trim().split('\n').map((l) => l.trim())).toEqual(lines);
  });

  it('explain every directive of the policy', () => {
    for (const directive of CSP_DIRECTIVES) expect(doc, directive).toContain(`| \`${directive}\` |`);
  });

  it('forbid inline scripts and eval, and lock framing, base and forms', () => {
    const csp = SECURITY_HEADERS['Content-Security-Policy']!;
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    for (const d of ["script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(d);
  });
});
