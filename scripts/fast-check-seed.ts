// Every property test runs with one fixed seed, so a CI run is reproducible; fast-check prints
// the seed and the counterexample's path on failure. FC_SEED=<n> explores another part.
import fc from 'fast-check';

const fromEnv = Number.parseInt(process.env.FC_SEED ?? '', 10);
fc.configureGlobal({ seed: Number.isSafeInteger(fromEnv) ? fromEnv : 20_251_101 });
