// The demo history's moviegoers: invented names on addresses of the demo's own
// domain, with fixed ids so that a second run of the seed finds them again.
const FIRST = [
  "Alex",
  "Bea",
  "Chidi",
  "Dana",
  "Elif",
  "Farid",
  "Greta",
  "Hugo",
  "Ines",
  "Jonas",
  "Kemi",
  "Luca",
  "Mira",
  "Nico",
  "Olu",
  "Priya",
  "Quinn",
  "Rosa",
  "Sami",
  "Tove",
  "Uma",
  "Vik",
  "Wren",
  "Yusuf",
];
const LAST = ["Adler", "Brook", "Costa", "Dune", "Ekwueme", "Fox", "Gallo", "Holm", "Ito", "Jansen"];

export const CUSTOMERS = Array.from({ length: FIRST.length * LAST.length }, (_, i) => {
  const first = FIRST[i % FIRST.length];
  const last = LAST[Math.floor(i / FIRST.length)];
  const number = String(i + 1).padStart(3, "0");
  return {
    id: `user_demo_customer_${number}`,
    email: `${first}.${last}.${number}@customers.cinema.test`.toLowerCase(),
    name: `${first} ${last}`,
    role: "CUSTOMER" as const,
  };
});
