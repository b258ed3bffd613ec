// The layer order, checked on every import (type-only ones too) by `npm run lint`:
//
//   core          pure verification, no DOM, no Node: kiosk, server and CLI share it
//   model         the window's vocabulary (types, constants), over core only
//   store, sync, kiosk, admin, scan
//                 the window's parts, over model and core; none imports another
//   app           the composition root: builds the parts and wires them
//   pwa           registration and updates; takes the screens' "busy" as a callback
//   ui            the Preact screens, on top; main.tsx composes app, pwa and ui
//   server, cli   Node: core, the wire format (src/sync/wire) and the issuer only
//
// and no cycles anywhere. The runtimes are held apart by the compiler (a tsconfig per folder);
// this file holds the direction of dependencies.
/** Paths under src/ that a layer may import, besides npm packages. */
const only = (name, from, allowed, extra = {}) => ({
  name,
  severity: 'error',
  comment: `${from} may import only ${allowed.join(', ')} within src/`,
  from: { path: from },
  to: { path: '^src/', pathNot: allowed, ...extra },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes two modules one: split the shared part out, at the lower layer.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'src/core runs everywhere: nothing but itself and @noble, no Node built-ins.',
      from: { path: '^src/core/' },
      to: { pathNot: ['^src/core/', '^node_modules/@noble/'] },
    },
    {
      name: 'model-is-the-bottom',
      severity: 'error',
      comment: 'src/model is types and constants over the core: no packages, no other layer.',
      from: { path: '^src/model/' },
      to: { pathNot: ['^src/model/', '^src/core/'] },
    },
    {
      name: 'wire-is-shared-with-the-server',
      severity: 'error',
      comment: 'src/sync/wire is compiled into the server: the core and the Entry type only.',
      from: { path: '^src/sync/wire/' },
      to: { pathNot: ['^src/sync/wire/', '^src/core/', '^src/model/entry\\.ts$'] },
    },
    only('store-over-model', '^src/store/', ['^src/store/', '^src/model/', '^src/core/']),
    only('sync-over-model', '^src/sync/', ['^src/sync/', '^src/model/', '^src/core/']),
    only('kiosk-over-model', '^src/kiosk/', ['^src/kiosk/', '^src/model/', '^src/core/']),
    only('admin-over-model', '^src/admin/', ['^src/admin/', '^src/model/', '^src/core/']),
    only('scan-over-model', '^src/scan/', ['^src/scan/', '^src/model/', '^src/core/']),
    only('issuer-over-core', '^src/issuer/', ['^src/issuer/', '^src/core/']),
    only('app-composes-below-the-ui', '^src/app/', [
      '^src/app/',
      '^src/(model|core|store|sync|kiosk|admin|scan)/',
    ]),
    only('pwa-takes-callbacks', '^src/pwa/', ['^src/pwa/', '^src/(model|core)/']),
    only('ui-goes-through-the-services', '^src/ui/', [
      '^src/ui/',
      '^src/(app|pwa|model|core|kiosk|admin|scan)/',
      '^src/sync/wire/',
    ]),
    only('service-worker-alone', '^src/sw/', ['^src/sw/']),
    only('decode-worker', '^src/workers/', [
      '^src/workers/',
      '^src/scan/(qr-reader|zxing-cpp-reader|zxing-js-reader|decode-messages|zxing-finder-fix)\\.ts$',
    ]),
    only('server-shares-core-wire-issuer', '^server/', [
      '^src/core/',
      '^src/sync/wire/',
      '^src/issuer/',
    ]),
    only('cli-shares-core-wire-issuer', '^cli/', ['^src/core/', '^src/sync/wire/', '^src/issuer/']),
    {
      name: 'server-and-cli-run-in-node',
      severity: 'error',
      comment: 'The server does not start the CLI; neither reaches the window (only via src/).',
      from: { path: '^server/' },
      to: { path: '^cli/' },
    },
    {
      name: 'nothing-ships-tests',
      severity: 'error',
      comment: 'Shipped code never imports tests or benchmarks.',
      from: { path: '^(src|server|cli)/' },
      to: { path: '^(test|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|dist-[^/]*|\\.tmp|test/fixtures/releases)/' },
    // Type-only imports count: a layer may not even name a type from above it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.d.ts'],
    },
  },
};
