/**
 * The renderer's Content-Security-Policy: only the app's own scripts, styles, images and fonts; no
 * remote content, no plugins, no framing, no form posts. Sent as a header by the app:// protocol and
 * written into index.html at build time (so the page carries it wherever it is served).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
