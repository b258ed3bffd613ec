// Logging in as the owner, in one place: the multi-server test checks that a session made on
// one process is valid on the others. Today's login is the operator token swapped for a
// cookie at /admin/login; when sessions move into the database, only this function changes.
export async function ownerSessionCookie(baseUrl: string, operatorToken: string): Promise<string> {
  const res = await fetch(`${baseUrl}/admin/login?token=${encodeURIComponent(operatorToken)}`, {
    redirect: 'manual',
  });
  const setCookie = res.headers.get('set-cookie');
  if (res.status !== 303 || !setCookie) throw new Error(`owner login failed: ${res.status}`);
  return setCookie.split(';')[0]!;
}

/** The owner page's status with that session on a server. */
export async function ownerPageStatus(baseUrl: string, cookie: string): Promise<number> {
  return (await fetch(`${baseUrl}/admin`, { headers: { cookie } })).status;
}
