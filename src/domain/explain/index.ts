// Why this runtime, why not the others, and what would change it: the derivations behind the
// result page, the runtime pages and the matrix, one concern per module.
export * from './content';
export * from './tables';
export * from './needs';
export * from './scenarios';
export * from './routes';
export * from './what-if';
export * from './why-not';
export * from './explanation';
export * from './dispute';
export * from './profile';
