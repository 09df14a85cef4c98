// `npm start`: serves the built kit and the demo pages exactly as an outside
// site would load them, under the strict Content-Security-Policy the kit is
// documented to work under (docs/embedding.md).

/**
 * No inline scripts or styles, no eval, nothing from another origin. The map
 * runs MapLibre's worker from a blob: URL (worker-src blob:) and draws its
 * offline basemap's images from data: URLs (img-src data: blob:).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * The policy above with Trusted Types enforced: Lit's own policy (`lit-html`)
 * and the map's worker (`welfare-navigator-map`) are all the kit needs.
 */
export const TRUSTED_TYPES_POLICY = `${CONTENT_SECURITY_POLICY}; require-trusted-types-for 'script'; trusted-types lit-html welfare-navigator-map`;

export default {
  rootDir: '.',
  port: Number(process.env.PORT) || 8000,
  hostname: process.env.HOST || '127.0.0.1',
  appIndex: undefined,
  open: false,
  watch: false,
  middleware: [
    function demoIndex(context, next) {
      if (context.url === '/' || context.url === '') context.redirect('/demo/');
      return next();
    },
    async function strictPolicy(context, next) {
      await next();
      const page = context.path.endsWith('/') || context.path.endsWith('.html');
      if (page && (context.path.startsWith('/demo/') || context.path.startsWith('/docs/') || context.path === '/dist/embed.html')) {
        context.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      }
      if (context.path === '/test/fixtures/trusted-types-host.html') context.set('Content-Security-Policy', TRUSTED_TYPES_POLICY);
    },
  ],
};
