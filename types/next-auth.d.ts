import "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The server-side session (AuthSession.id) this token belongs to. */
    sid?: string;
  }
}
