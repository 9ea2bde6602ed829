import { randomBytes, randomInt } from "node:crypto";

// No 0/O or 1/I: references are read aloud at the box office and typed on phones.
const REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const CODE_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

/** A short booking reference: 8 characters from 32, about 10^12 values. */
export function newReference(): string {
  return Array.from({ length: 8 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join("");
}

/** An unguessable ticket code for the door: 130 random bits in base32. */
export function newTicketCode(): string {
  const bytes = randomBytes(17);
  let bits = 0;
  let value = 0;
  let code = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      code += CODE_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return `tk_${code.slice(0, 26)}`;
}

export function isReference(value: string): boolean {
  return /^[A-HJ-NP-Z2-9]{8}$/.test(value);
}
