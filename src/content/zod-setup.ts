// Zod compiles fast object parsers with `new Function`, and probes for that ability when a schema
// is created. Under the app's Content-Security-Policy (no 'unsafe-eval') the probe is blocked
// and reported as a violation, even though zod catches it. So content checking runs without it;
// a content file is parsed once, and the interpreted parser is fast enough for that.
// Import this module before anything that creates a schema (merge.ts imports it first).
import { z } from 'zod';

z.config({ jitless: true });
