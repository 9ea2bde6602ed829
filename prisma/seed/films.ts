// The demo catalogue: invented films, so nothing here belongs to anyone.
export interface SeedFilm {
  slug: string;
  title: string;
  synopsis: string;
  genres: string[];
  runtimeMin: number;
  rating: string;
  /** Days from today; positive is a film not yet released. */
  releaseInDays: number;
  castLine: string;
  director: string;
  language: string;
  palette: [string, string];
}

export const FILMS: SeedFilm[] = [
  {
    slug: "the-lighthouse-keepers-daughter",
    title: "The Lighthouse Keeper's Daughter",
    synopsis:
      "On a storm-bound island, a young woman inherits her father's lighthouse and the secret that kept its lamp burning for forty years.",
    genres: ["Drama", "Mystery"],
    runtimeMin: 124,
    rating: "12A",
    releaseInDays: -20,
    castLine: "Maren Holt, Idris Kaye, Sol Renner",
    director: "Agnes Varro",
    language: "en",
    palette: ["#1e3a8a", "#f59e0b"],
  },
  {
    slug: "orbit-of-echoes",
    title: "Orbit of Echoes",
    synopsis:
      "A salvage crew answers a distress call from a station that went silent a century ago, and hears their own voices reply.",
    genres: ["Science Fiction", "Thriller"],
    runtimeMin: 138,
    rating: "15",
    releaseInDays: -12,
    castLine: "Dara Quill, Tomas Ebner, Yuki Arden",
    director: "Lev Marchetti",
    language: "en",
    palette: ["#0f172a", "#22d3ee"],
  },
  {
    slug: "paper-lanterns",
    title: "Paper Lanterns",
    synopsis:
      "Two rival street-food vendors in a night market discover that their grandmothers shared a recipe and a love story.",
    genres: ["Romance", "Comedy"],
    runtimeMin: 106,
    rating: "PG",
    releaseInDays: -30,
    castLine: "Mei Lin Sato, Ravi Anand",
    director: "Hana Okafor",
    language: "en",
    palette: ["#7c2d12", "#fde68a"],
  },
  {
    slug: "the-last-tram-home",
    title: "The Last Tram Home",
    synopsis:
      "A night driver on the city's oldest tram line has one hour to return a lost child before the depot closes for good.",
    genres: ["Drama", "Family"],
    runtimeMin: 98,
    rating: "PG",
    releaseInDays: -8,
    castLine: "Oskar Lind, Pia Mendes",
    director: "Jonas Wirth",
    language: "en",
    palette: ["#14532d", "#facc15"],
  },
  {
    slug: "ironwood",
    title: "Ironwood",
    synopsis:
      "A retired forest ranger tracks the loggers who burned her valley, across three hundred miles of mountain winter.",
    genres: ["Action", "Western"],
    runtimeMin: 131,
    rating: "15",
    releaseInDays: -5,
    castLine: "Ruth Calder, Emeka Osei, Jan Brodsky",
    director: "Cole Harrow",
    language: "en",
    palette: ["#3f1d0b", "#ef4444"],
  },
  {
    slug: "small-hours",
    title: "Small Hours",
    synopsis:
      "An insomniac radio host takes a call from a listener who claims to be calling from tomorrow night's show.",
    genres: ["Thriller", "Mystery"],
    runtimeMin: 112,
    rating: "15",
    releaseInDays: -16,
    castLine: "Nina Vasquez, Theo Grant",
    director: "Ilse Brandt",
    language: "en",
    palette: ["#312e81", "#a78bfa"],
  },
  {
    slug: "whisker-and-the-moon",
    title: "Whisker and the Moon",
    synopsis:
      "A small cat with a big telescope sets out to return the moon's lost reflection before the tides forget how to turn.",
    genres: ["Animation", "Family"],
    runtimeMin: 92,
    rating: "U",
    releaseInDays: -25,
    castLine: "Voices of Ada Finch, Marco Belli",
    director: "Suki Tanaka",
    language: "en",
    palette: ["#0c4a6e", "#fef3c7"],
  },
  {
    slug: "the-cartographers",
    title: "The Cartographers",
    synopsis:
      "In 1850, a mapmaking expedition finds a valley that appears on none of their charts, and a town that has been waiting for them.",
    genres: ["Adventure", "Drama"],
    runtimeMin: 147,
    rating: "12A",
    releaseInDays: -40,
    castLine: "Henrik Dahl, Amara Nwosu, Felix Strand",
    director: "Rosa Quint",
    language: "en",
    palette: ["#78350f", "#d9f99d"],
  },
  {
    slug: "laugh-track",
    title: "Laugh Track",
    synopsis:
      "A burned-out sitcom writer wakes up inside the show she cancelled, where the studio audience will not stop laughing.",
    genres: ["Comedy"],
    runtimeMin: 101,
    rating: "12A",
    releaseInDays: -3,
    castLine: "Greta Moss, Dev Patel-Hart",
    director: "Ben Adair",
    language: "en",
    palette: ["#be185d", "#fde047"],
  },
  {
    slug: "undertow",
    title: "Undertow",
    synopsis:
      "A marine biologist and her estranged brother are trapped in a research submarine as a rogue current drags it toward the trench.",
    genres: ["Thriller", "Action"],
    runtimeMin: 119,
    rating: "15",
    releaseInDays: -1,
    castLine: "Lena Ruiz, Caleb Frost",
    director: "Mikko Aalto",
    language: "en",
    palette: ["#042f2e", "#2dd4bf"],
  },
  {
    slug: "the-glass-orchard",
    title: "The Glass Orchard",
    synopsis:
      "A family of glassblowers must craft a thousand perfect apples in one season to save the orchard their ancestors built.",
    genres: ["Fantasy", "Family"],
    runtimeMin: 115,
    rating: "PG",
    releaseInDays: 10,
    castLine: "Ines Moreau, Tobias Kern",
    director: "Clara Wilde",
    language: "en",
    palette: ["#065f46", "#bbf7d0"],
  },
  {
    slug: "nocturne-for-a-city",
    title: "Nocturne for a City",
    synopsis:
      "Over one sleepless night, seven strangers in a blackout-struck city cross paths around a piano left in the street.",
    genres: ["Drama", "Music"],
    runtimeMin: 128,
    rating: "12A",
    releaseInDays: 18,
    castLine: "Abel Mensah, Sofia Rinaldi, Yara Haddad",
    director: "Paulo Esteves",
    language: "en",
    palette: ["#1e1b4b", "#fbbf24"],
  },
  {
    slug: "red-meridian",
    title: "Red Meridian",
    synopsis:
      "A cartel accountant turns witness and has forty-eight hours to cross the border with the only copy of the ledger.",
    genres: ["Crime", "Action"],
    runtimeMin: 134,
    rating: "18",
    releaseInDays: 25,
    castLine: "Marco Vidal, Anya Petrova",
    director: "Sam Keller",
    language: "en",
    palette: ["#450a0a", "#f97316"],
  },
  {
    slug: "the-quiet-season",
    title: "The Quiet Season",
    synopsis:
      "In a seaside town after the tourists leave, a widowed hotelier and a travelling piano tuner find a reason to stay.",
    genres: ["Romance", "Drama"],
    runtimeMin: 109,
    rating: "PG",
    releaseInDays: 32,
    castLine: "Claire Dupont, Elias Varga",
    director: "Noor Shah",
    language: "en",
    palette: ["#334155", "#fda4af"],
  },
];
