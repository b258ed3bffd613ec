// Multi-server mode: several stateless server processes behind a load balancer, on one
// PostgreSQL. Everything that matters lives in the database; each process must be configured
// the same, from the environment or the command line, never from its own data directory:
//
//   DATABASE_URL         the one PostgreSQL (PGlite is one process by design)
//   --public-url URL     the address kiosks use: the load balancer's, printed in enrollment QRs
//   KIOSK_ADMIN_TOKEN    the operator's secret, the same in every process (a token made in
//                        one data directory would log the owner out on the next process)
//   no --demo            the demo makes keys in its data directory: one root per process
//
// Process-local state that remains, and why it is safe (docs/scaling.md lists it too):
//   - the per-device request rate buckets (server/http/upload-limits.ts): a bound per process,
//     so N processes allow N times the rate; the daily quota is in the database;
//   - the free-space reading, cached one second; the database monitor's last probe;
//   - the Ed25519 verifier and the owner pages' stylesheet: code, not data;
//   - <dataDir>/server.json and kiosk.lock: which process serves that directory (each process
//     has its own); nonces, devices, codes, bundles, entries, quotas are all in the database.

export interface MultiServerConfig {
  databaseUrl?: string | null;
  publicUrl?: string;
  adminToken?: string;
  demo?: boolean;
}

/** What is missing or wrong for multi-server mode; empty when it may start. */
export function multiServerProblems(c: MultiServerConfig): string[] {
  const problems: string[] = [];
  if (!c.databaseUrl) problems.push('DATABASE_URL must name the shared PostgreSQL');
  if (!c.publicUrl)
    problems.push('--public-url must give the address kiosks use (the load balancer)');
  if (!c.adminToken)
    problems.push('KIOSK_ADMIN_TOKEN must hold the operator secret, the same for every process');
  if (c.demo) problems.push('--demo makes per-directory keys: not in multi-server mode');
  return problems;
}
