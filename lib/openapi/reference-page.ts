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
// The server list is a <select> without a label of its own.
const START = `window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/openapi.json",
    dom_id: "#reference",
    deepLinking: true,
    validatorUrl: null,
    withCredentials: true,
    presets: [SwaggerUIBundle.presets.apis],
    onComplete: function () {
      document.querySelectorAll("#servers").forEach(function (select) {
        select.setAttribute("aria-label", "Server");
      });
    },
  });
});
`;

// Swagger UI's colours that fall short of WCAG AA contrast (axe), darkened.
const ACCESSIBLE_CSS = `.swagger-ui .info .title small { background: #4b5563 }
.swagger-ui .info .title small.version-stamp { background: #3f6212 }
.swagger-ui .info .url, .swagger-ui .info a.link, .swagger-ui .info .link span { color: #1e40af }
.swagger-ui .opblock.opblock-get .opblock-summary-method { background: #1d4ed8 }
.swagger-ui .opblock.opblock-post .opblock-summary-method { background: #15803d }
.swagger-ui .opblock.opblock-delete .opblock-summary-method { background: #b91c1c }
.swagger-ui .opblock.opblock-patch .opblock-summary-method { background: #0f766e }
.swagger-ui .opblock.opblock-put .opblock-summary-method { background: #b45309 }
.swagger-ui .btn.authorize { color: #15803d; border-color: #15803d }
.swagger-ui .btn.authorize svg { fill: #15803d }
.swagger-ui .json-schema-2020-12-expand-deep-button { color: #4b5563 }
`;

export const REFERENCE_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cinema booking API reference</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
<link rel="stylesheet" href="/api/docs/accessible.css">
</head>
<body>
<div id="reference"><noscript>The reference needs JavaScript; the document itself is <a href="/api/openapi.json">/api/openapi.json</a>.</noscript></div>
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
  "accessible.css": { type: "text/css; charset=utf-8", text: ACCESSIBLE_CSS },
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
