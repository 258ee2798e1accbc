"""Service: sign-in (admin and site) with limits on guessing, two-step verification and its
recovery, security headers (CSP), the client address behind proxies (docs/security.md)."""
