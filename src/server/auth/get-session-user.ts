import "server-only";
import { getServerSession, type Session } from "next-auth";
import { authOptions } from "./auth-options";

export type SessionUser = Session["user"];

/** The logged-in user from the next-auth JWT, or null. Identity only: re-read state from the database. */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  return session?.user?.id ? session.user : null;
}
