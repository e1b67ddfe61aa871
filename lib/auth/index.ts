export { authOptions } from "./options";
export { endThisSession, getCurrentUser, requireApiUser, requireUser, type TCurrentUser } from "./session";
