// The users service: accounts, credentials, roles and bearer tokens.
export {
  createUser,
  verifyCredentials,
  getUserById,
  getUserAuthState,
  updateProfile,
  changePassword,
  normalizeEmail,
  type PublicUser,
} from "./accounts";
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
export { recordAudit, type AuditEntry } from "./audit";
export { searchUsers, administerUser } from "./admin";
