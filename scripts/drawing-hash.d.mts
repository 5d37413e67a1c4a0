export function installedMermaidVersion(): string;
export function inputsHash(inputs: string): string;
