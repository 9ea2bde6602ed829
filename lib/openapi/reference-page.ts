// The page GET /api/docs: Swagger UI (the swagger-ui-dist package, served
// from this app, nothing from a CDN) reading GET /api/openapi.json. The page
// has its own Content-Security-Policy: scripts only from this origin, none
// inline, so the start-up script is a file too.
import { readFile } from "node:fs/promises";
import path from "node:path";
import swaggerUiDirectory from "swagger-ui-dist/absolute-path.js";

export const REFERENCE_PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join("; ");

// validatorUrl null: Swagger UI would otherwise send the document to validator.swagger.io.
const START = `window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/openapi.json",
    dom_id: "#reference",
    deepLinking: true,
    validatorUrl: null,
    withCredentials: true,
    presets: [SwaggerUIBundle.presets.apis],
  });
});
`;

export const REFERENCE_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cinema booking API reference</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
<main id="reference"><noscript>The reference needs JavaScript; the document itself is <a href="/api/openapi.json">/api/openapi.json</a>.</noscript></main>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/start.js"></script>
</body>
</html>
`;

interface Asset {
  type: string;
  /** A file of swagger-ui-dist, or the text itself. */
  file?: string;
  text?: string;
}

const ASSETS: Record<string, Asset> = {
  "swagger-ui.css": { type: "text/css; charset=utf-8", file: "swagger-ui.css" },
  "swagger-ui-bundle.js": { type: "text/javascript; charset=utf-8", file: "swagger-ui-bundle.js" },
  "start.js": { type: "text/javascript; charset=utf-8", text: START },
};

// Read once: the files are part of the installed package and do not change while the process runs.
const loaded = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/** One of the page's scripts or styles by its file name, or undefined for any other name. */
export async function referenceAsset(
  name: string,
): Promise<{ type: string; bytes: Uint8Array<ArrayBuffer> } | undefined> {
  const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
  if (!asset) return undefined;
  let bytes = loaded.get(name);
  if (!bytes) {
    bytes = asset.file
      ? readFile(path.join(swaggerUiDirectory(), asset.file)).then((buffer) => new Uint8Array(buffer))
      : Promise.resolve(new TextEncoder().encode(asset.text));
    loaded.set(name, bytes);
  }
  return { type: asset.type, bytes: await bytes };
}
