// swagger-ui-dist ships no types; this is the one function the reference page uses.
declare module "swagger-ui-dist/absolute-path.js" {
  /** The directory the package is installed in, where its scripts and styles are. */
  export default function getAbsoluteFSPath(): string;
}
