// The users service: accounts, credentials, roles and bearer tokens.
export { verifyCredentials, getUserById, updateProfile, normalizeEmail, type PublicUser } from "./accounts";
export { signUp, type SignUpInput } from "./sign-up";
export { changePassword } from "./password-change";
export { requestPasswordReset, resetPassword } from "./password-reset";
export { verifyEmail, resendVerificationEmail } from "./email-verification";
export { hashPassword, verifyPassword } from "./password";
export { passwordProblem, MIN_PASSWORD_LENGTH } from "./password-policy";
export {
  issueAccessToken,
  verifyAccessToken,
  issueTokenPair,
  refreshTokens,
  revokeRefreshToken,
  ACCESS_TOKEN_SECONDS,
  type TokenPair,
} from "./tokens";
export {
  createSession,
  listSessions,
  revokeSession,
  revokeAllSessions,
  endSession,
  type SessionOrigin,
} from "./sessions";
export { SESSION_IDLE_MINUTES, SESSION_LIFETIME_DAYS } from "./session-policy";
export { userStanding, sessionIsLive, standingChanged, type Standing } from "./standing";
export { recordAudit, type AuditEntry } from "./audit";
export { searchUsers, administerUser } from "./admin";
export { createAdmin, promoteToAdmin, findAccount } from "./first-admin";
