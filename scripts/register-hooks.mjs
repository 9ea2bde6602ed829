// Lets plain Node (scripts, the worker, tests) load service modules that
// start with `import "server-only"`. That marker throws outside a React
// server bundle; here it resolves to an empty module. (Node's
// `--conditions=react-server` would do the same but also swaps React for its
// server build, which breaks e-mail rendering.)
import { register } from "node:module";

register("./server-only-hook.mjs", import.meta.url);
