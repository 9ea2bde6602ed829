// Posters drawn as SVG from a film's title and palette: no images from the
// internet, and every demo film still looks like one.
import type { SeedFilm } from "./films";

const escapeXml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");

function wrap(title: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of title.split(" ")) {
    if ((line + " " + word).trim().length > width && line) {
      lines.push(line);
      line = word;
    } else line = (line + " " + word).trim();
  }
  if (line) lines.push(line);
  return lines;
}

export function renderPoster(film: SeedFilm): string {
  const [dark, light] = film.palette;
  const seed = [...film.slug].reduce((sum, ch) => sum + ch.charCodeAt(0), 0);
  const circles = Array.from({ length: 6 }, (_, i) => {
    const x = (seed * (i + 3) * 37) % 400;
    const y = (seed * (i + 5) * 53) % 420;
    const r = 30 + ((seed * (i + 7)) % 90);
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="${light}" opacity="${(0.08 + i * 0.03).toFixed(2)}"/>`;
  }).join("");
  const titleLines = wrap(film.title.toUpperCase(), 16)
    .map(
      (line, i) =>
        `<text x="200" y="${430 + i * 40}" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="32" font-weight="700" fill="${light}">${escapeXml(line)}</text>`,
    )
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 600" width="400" height="600" role="img" aria-label="${escapeXml(film.title)} poster">
<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="#020617"/></linearGradient></defs>
<rect width="400" height="600" fill="url(#g)"/>${circles}
<rect x="24" y="24" width="352" height="552" fill="none" stroke="${light}" stroke-opacity="0.4" stroke-width="2"/>
${titleLines}
<text x="200" y="560" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="14" letter-spacing="3" fill="${light}" opacity="0.8">${escapeXml(film.director.toUpperCase())}</text>
</svg>
`;
}
