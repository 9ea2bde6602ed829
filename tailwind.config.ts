// Tailwind CSS 4 reads its theme from app/globals.css (@theme); this file
// holds what CSS cannot say: where the class names are.
import type { Config } from "tailwindcss";

const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./emails/**/*.{ts,tsx}"],
};

export default config;
