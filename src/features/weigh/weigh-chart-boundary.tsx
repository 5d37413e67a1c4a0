// A chart that cannot load or render gives way to a sentence; the table and the sentences
// beside each chart carry the same content.
import { Component, type ErrorInfo, type ReactNode } from 'react';

export class ChartBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // The fallback says so in words; the table and sentences carry the same content.
  }
  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
