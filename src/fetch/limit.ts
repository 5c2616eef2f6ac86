// Per-host rate limit: every request to a host reserves the next free slot, so requests to one host
// start at least `intervalMs` apart however many callers share the limiter; other hosts never wait.
export class HostLimiter {
  private readonly next = new Map<string, number>();

  /** Waits for this host's next slot; `intervalMs` may grow with a robots.txt Crawl-delay. */
  async wait(host: string, intervalMs: number): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.next.get(host) ?? 0);
    this.next.set(host, at + intervalMs);
    if (at > now) await sleep(at - now);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
