// The reference's chapters, as API.md has them: who reads which part.
export const TAGS = [
  {
    name: "Accounts",
    description:
      "Sign up, confirm an address, reset a password; bearer tokens for apps (POST /api/auth/token) and Auth.js's endpoints for the browser.",
  },
  { name: "Catalogue", description: "Films, cinemas, showtimes and live seat maps. Public." },
  {
    name: "Seats and bookings",
    description: "Hold seats, book them and pay at the returned checkout URL, see and cancel bookings. Signed in.",
  },
  { name: "Payments", description: "Stripe's signed webhook." },
  { name: "Staff", description: "Running the cinemas: role STAFF or ADMIN; ADMIN alone manages users and prices." },
  { name: "Operations", description: "Health, metrics and this reference." },
] as const;

export type Tag = (typeof TAGS)[number]["name"];

const BY_PREFIX: [RegExp, Tag][] = [
  [/^\/api\/(users|auth)(\/|$)/, "Accounts"],
  [/^\/api\/(movies|showtimes|cinemas|posters)(\/|$)/, "Catalogue"],
  [/^\/api\/(seats|booking)(\/|$)/, "Seats and bookings"],
  [/^\/api\/payments\//, "Payments"],
  [/^\/api\/admin\//, "Staff"],
];

export function tagOf(path: string): Tag {
  return BY_PREFIX.find(([prefix]) => prefix.test(path))?.[1] ?? "Operations";
}
