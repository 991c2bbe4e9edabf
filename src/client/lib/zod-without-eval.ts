// The page's Content-Security-Policy allows no eval (script-src 'self'). Zod would otherwise try
// `Function("")` on its first object parse to see whether it may compile parsers, and the browser
// reports each try as a CSP violation. Its plain parsers are fast enough for the app's answers.
import { config } from "zod";

config({ jitless: true });
