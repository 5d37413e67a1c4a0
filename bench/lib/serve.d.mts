export interface StaticServer {
  /** Absolute path of the served directory. */
  root: string;
  port: number;
  /** `http://127.0.0.1:<port>/` */
  url: string;
  close: () => Promise<void>;
}

export function serveStatic(root: string, port: number): Promise<StaticServer>;
