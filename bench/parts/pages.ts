// The pages a moviegoer opens first, anonymous, from the app alone (the
// floor serves no pages): the home page, a film page, a cinema page.
import { load } from "../lib/load";
import { statusLine } from "../lib/report";
import type { BenchContext, TableRow } from "./context";

export async function pagesPart(context: BenchContext): Promise<TableRow[]> {
  const { world } = context;
  const pages = [
    { request: "Home page `GET /`", path: "/" },
    { request: "Film page `GET /films/:slug`", path: `/films/${world.filmSlug}` },
    { request: "Cinema page `GET /cinemas/:slug`", path: `/cinemas/${world.cinemaSlug}` },
  ];
  const rows: TableRow[] = [];
  for (const page of pages) {
    // It must be the real page, not an error page rendered fast.
    const response = await fetch(context.app.url + page.path);
    const html = await response.text();
    if (response.status !== 200) throw new Error(`${page.path} answered ${response.status}: ${html.slice(0, 300)}`);
    console.log(`Pages: ${page.path} (${Math.round(html.length / 1024)} KB)…`);
    let ip = 0;
    const app = await load({
      url: context.app.url,
      cpu: context.app.cpu,
      connections: context.connections,
      seconds: context.seconds,
      warmupSeconds: context.warmupSeconds,
      next: () => ({
        method: "GET",
        path: page.path,
        headers: { "x-forwarded-for": `10.200.${(ip >> 8) & 255}.${ip++ & 255}` },
      }),
    });
    rows.push({
      request: page.request,
      app,
      notes: `${Math.round(html.length / 1024)} KB of HTML; ${statusLine(app.statuses, app.errors)}`,
    });
  }
  return rows;
}
