// npm run docs:architecture – draws docs/architecture.drawio and the SVGs from
// the Mermaid flowcharts of docs/architecture.md (tools/architecture/).
import fs from "node:fs";
import { drawArchitecture } from "./architecture/draw";

const files = await drawArchitecture(fs.readFileSync("docs/architecture.md", "utf8"));
for (const [file, content] of Object.entries(files)) {
  fs.writeFileSync(file, content);
  console.log(`wrote ${file}`);
}
