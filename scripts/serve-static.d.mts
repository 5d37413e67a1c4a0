import type { Server } from 'node:http';

export interface StaticServerOptions {
  dir: string;
  prefix?: string;
  replace?: [from: string, to: string][];
  spa?: boolean;
}

export function createStaticServer(options: StaticServerOptions): Server;
