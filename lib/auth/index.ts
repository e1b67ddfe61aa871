export { authOptions } from "./options";
export { getCurrentUser, requireApiUser, requireUser, type TCurrentUser } from "./session";
