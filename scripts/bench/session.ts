function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
}

/**
 * One sign-in through next-auth's credentials endpoint: the Cookie header of the new session,
 * or the error next-auth reports (`CredentialsSignin` for a wrong password).
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<{ cookie: string | null; error: string | null }> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesOf(response).find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (session) return { cookie: [...jar, session].join("; "), error: null };
  const location = response.headers.get("location") ?? ((await response.json().catch(() => ({}))) as { url?: string }).url;
  return { cookie: null, error: location ? new URL(location, baseUrl).searchParams.get("error") : `status ${response.status}` };
}

/** The Cookie header of a new session, or an error naming why sign-in failed. */
export async function signInForCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const { cookie, error } = await signIn(baseUrl, email, password);
  if (!cookie) throw new Error(`sign-in of ${email} failed (${error})`);
  return cookie;
}
