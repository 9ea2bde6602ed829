// What makes a password acceptable (OWASP ASVS 2.1): long enough, and not one
// of the passwords attackers try first. The list is zxcvbn-ts's common
// passwords (about 49,000 from public breach corpora), loaded once, on first
// use, so that importing this module costs nothing.
let common: Promise<Set<string>> | undefined;

function commonPasswords(): Promise<Set<string>> {
  common ??= import("@zxcvbn-ts/language-common").then(({ dictionary }) => new Set(dictionary["passwords-common"]));
  return common;
}

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

// Words of this service that people reach for, with digits or symbols added.
const CONTEXT_WORDS = /^(cinema|movie|film|ticket)s?[\d\W_]*$/;

/** Returns why the password is refused, or null when it is fine. */
export async function passwordProblem(password: string, email?: string): Promise<string | null> {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  const lower = password.toLowerCase();
  if ((await commonPasswords()).has(lower) || CONTEXT_WORDS.test(lower)) {
    return "This password is among the most common ones; choose another.";
  }
  if (/^(.)\1+$/.test(password)) return "Don't repeat one character.";
  const local = email?.split("@")[0].toLowerCase() ?? "";
  if (local.length >= 4 && lower.includes(local)) return "Don't use your e-mail address in the password.";
  return null;
}
