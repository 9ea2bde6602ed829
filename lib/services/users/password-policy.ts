// What makes a password acceptable: long enough and not one everybody tries first.
const COMMON = new Set([
  "password",
  "password1",
  "password12",
  "password123",
  "password1234",
  "123456789",
  "1234567890",
  "12345678910",
  "qwertyuiop",
  "qwerty123",
  "qwerty1234",
  "iloveyou123",
  "letmein123",
  "welcome123",
  "admin12345",
  "abc1234567",
  "football123",
  "baseball123",
  "monkey1234",
  "dragon1234",
  "sunshine12",
  "princess12",
  "trustno1234",
  "passw0rd123",
  "1q2w3e4r5t",
  "1qaz2wsx3edc",
  "zaq12wsxcde",
  "aaaaaaaaaa",
  "0000000000",
  "1111111111",
  "changeme123",
  "cinema1234",
]);

export const MIN_PASSWORD_LENGTH = 10;

/** Returns why the password is refused, or null when it is fine. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > 200) return "Use at most 200 characters.";
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return "This password is among the most common ones; choose another.";
  if (/^(.)\1+$/.test(password)) return "Don't repeat one character.";
  if (email && lower.includes(email.split("@")[0].toLowerCase()) && email.split("@")[0].length >= 4) {
    return "Don't use your e-mail address in the password.";
  }
  return null;
}
