// Who may do what. Three roles, each a separate kind of account (one role per account):
//   operator  — runs the server: venues, users, roots, bundles, retention limits, erasure;
//   owner     — one or more venues: sees and exports only those, names and revokes their
//               devices, makes enrollment codes, reads the audit log of their venues;
//   authority — the health authority: audited tracing queries across venues, nothing else.
export const ROLES = ['operator', 'owner', 'authority'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (v: unknown): v is Role => ROLES.includes(v as Role);

/** A signed-in person as the pages see them. */
export interface Account {
  id: string;
  login: string;
  role: Role;
  /** The venues an owner manages; empty for the other roles. */
  venueIds: string[];
}

/** An owner sees only their venues; nobody else sees a venue's entries through the pages. */
export function ownsVenue(account: Account, venueId: string): boolean {
  return account.role === 'owner' && account.venueIds.includes(venueId);
}

/** Each role's own page, where signing in lands. */
export const HOME: Record<Role, string> = {
  operator: '/operator',
  owner: '/admin',
  authority: '/authority',
};

/** Logins: 3–64 characters, lower case letters, digits and . _ - @ (an e-mail address fits). */
const LOGIN = /^[a-z0-9][a-z0-9._@-]{2,63}$/;

export function normaliseLogin(text: string): string | null {
  const login = text.trim().toLowerCase();
  return LOGIN.test(login) ? login : null;
}
