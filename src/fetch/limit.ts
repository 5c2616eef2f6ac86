// Per-host spacing. Requests to one host go one at a time, and each starts at least its interval
// (host_interval, or the site's Crawl-delay when longer) after the moment the previous one was last
// seen in flight: when its response headers arrived, or it failed. Spacing counted from when a slot
// was handed out did not hold when a request went out late: a slow connection put two requests 116 ms
// apart under a 250 ms interval, and the page after robots.txt went out on robots.txt's own shorter
// interval, 1 s after it under a 3 s Crawl-delay (issue 19). A server sees a request no later than
// its answer arrives here, so counting from the answer keeps every gap at or above the interval.
// Other hosts never wait.
interface HostSlot {
  /** When the previous request to this host was last seen in flight (ms since the epoch). */
  last: number;
  /** Settles when the request now holding the host lets go of it. */
  tail: Promise<void>;
}

export class HostLimiter {
  private readonly hosts = new Map<string, HostSlot>();

  /**
   * Waits until a request to `host` may start, `intervalMs` after the previous one; returns the
   * release, to be called once when the response headers arrive or the request fails (extra calls
   * are ignored). The next request to the host waits for it.
   */
  async acquire(host: string, intervalMs: number): Promise<() => void> {
    let slot = this.hosts.get(host);
    if (!slot) {
      slot = { last: -Infinity, tail: Promise.resolve() };
      this.hosts.set(host, slot);
    }
    const s = slot;
    const previous = s.tail;
    let letGo!: () => void;
    s.tail = new Promise((r) => (letGo = r));
    await previous;
    // Timers may fire a millisecond early by the wall clock: check again after each sleep.
    for (let wait = s.last + intervalMs - Date.now(); wait > 0; wait = s.last + intervalMs - Date.now()) await sleep(wait);
    s.last = Date.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      s.last = Math.max(s.last, Date.now());
      letGo();
    };
  }

  /** Waits for the host's turn and lets go at once (for callers with nothing in flight to report). */
  async wait(host: string, intervalMs: number): Promise<void> {
    (await this.acquire(host, intervalMs))();
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
