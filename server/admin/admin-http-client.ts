// AdminOps over the admin HTTP API of a running server, for the CLI: PGlite lets only the
// server's own process open the data directory.
import type { UserRow } from '../accounts/users';
import type { BundleUptake } from '../store/bundle-uptake';
import type { CodeState } from '../store/enrollment';
import type { TrustRootRow } from '../store/trust-store';
import type { DeviceRow, Venue, VenueSummary } from '../store/venues';
import { AdminError } from './admin-error';
import type { AdminOps, EnrollmentTicket, InviteLink } from './admin-ops';
import type { PublishResult } from './publish-bundle';

export function adminHttpClient(
  baseUrl: string,
  token: string,
  fetchImpl: typeof fetch = fetch,
): AdminOps {
  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}/api/admin${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined
          ? {}
          : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (e) {
      throw new AdminError(
        'SERVER_UNREACHABLE',
        `cannot reach the server at ${baseUrl}: ${(e as Error).message}`,
        503,
      );
    }
    const json = (await response.json().catch(() => null)) as {
      error?: string;
      reason?: string;
    } | null;
    if (!response.ok)
      throw new AdminError(
        json?.error ?? `HTTP_${response.status}`,
        json?.reason ?? `the server answered ${response.status}`,
        response.status,
      );
    return json as T;
  }
  const seg = encodeURIComponent;
  return {
    createVenue: (name) =>
      call<{ venue: Venue; enrollment: EnrollmentTicket }>('POST', '/venues', { name }),
    newEnrollmentCode: async (venue) =>
      (await call<{ enrollment: EnrollmentTicket }>('POST', `/venues/${seg(venue)}/codes`))
        .enrollment,
    enrollmentCodeState: async (code) =>
      (await call<{ state: CodeState }>('GET', `/codes/${seg(code)}`)).state,
    listVenues: async () => (await call<{ venues: VenueSummary[] }>('GET', '/venues')).venues,
    listDevices: async (venue) =>
      (await call<{ devices: DeviceRow[] }>('GET', `/venues/${seg(venue)}/devices`)).devices,
    revokeDevice: async (id) =>
      (await call<{ revoked: boolean }>('POST', `/devices/${seg(id)}/revoke`)).revoked,
    addRoot: (publicKey, label) =>
      call<{ kid: string; added: boolean }>('POST', '/roots', { publicKey, label }),
    listRoots: async () => (await call<{ roots: TrustRootRow[] }>('GET', '/roots')).roots,
    publishBundle: (envelopeText) => call<PublishResult>('POST', '/bundles', envelopeText),
    bundleUptake: async () =>
      (await call<{ uptake: BundleUptake | null }>('GET', '/bundles/uptake')).uptake,
    inviteUser: (request) => call<InviteLink>('POST', '/invites', request),
    resetUser: (login, minutes) =>
      call<InviteLink>(
        'POST',
        `/users/${seg(login)}/reset`,
        minutes === undefined ? {} : { minutes },
      ),
    listUsers: async () => (await call<{ users: UserRow[] }>('GET', '/users')).users,
    disableUser: async (login) =>
      (await call<{ disabled: boolean }>('POST', `/users/${seg(login)}/disable`, {})).disabled,
    setRetention: (venue, days) =>
      call<{ days: number }>('POST', `/venues/${seg(venue)}/retention`, { days }),
    setMaxRetention: (days) => call<{ days: number }>('POST', '/retention/max', { days }),
    runRetention: () => call<{ deleted: number }>('POST', '/retention/run', {}),
    setDoorHook: (venue, url) =>
      call<{ url: string; secret: string }>('POST', `/venues/${seg(venue)}/hook`, { url }),
    removeDoorHook: async (venue) =>
      (await call<{ removed: boolean }>('POST', `/venues/${seg(venue)}/hook/remove`, {})).removed,
    eraseVenue: (venue) => call<{ entries: number }>('POST', `/venues/${seg(venue)}/erase`, {}),
  };
}
