// robots.txt, fetched once per origin and cached (RFC 9309): a 4xx means no rules, a 5xx or network
// failure means "assume everything is disallowed" until the entry expires and is fetched again.
import robotsModule from 'robots-parser';

// The package is CommonJS with `export default` in its types: at run time the import is the function.
const robotsParser = robotsModule as unknown as typeof robotsModule.default;

export interface RobotsVerdict {
  allowed: boolean;
  /** Why the URL is refused, for logs and summaries. */
  reason?: string;
  /** The site's Crawl-delay for our agent, in milliseconds. */
  delayMs?: number;
}

type Rules = { kind: 'rules'; robot: ReturnType<typeof robotsParser> } | { kind: 'allow' } | { kind: 'deny'; reason: string };

export type RobotsFetch = (url: string) => Promise<{ status: number | null; text: string | null; reason?: string }>;

/** Entries of unreachable robots.txt files expire sooner, so a site back up is crawled again. */
const FAILURE_TTL_MS = 10 * 60 * 1000;

export class RobotsCache {
  private readonly cache = new Map<string, { at: number; ttl: number; rules: Promise<Rules> }>();

  constructor(
    private readonly fetchRobots: RobotsFetch,
    private readonly userAgent: string,
    private readonly ttlMs = 24 * 60 * 60 * 1000,
  ) {}

  async check(url: string): Promise<RobotsVerdict> {
    const { origin } = new URL(url);
    let entry = this.cache.get(origin);
    if (!entry || Date.now() - entry.at > entry.ttl) {
      entry = { at: Date.now(), ttl: this.ttlMs, rules: this.load(origin) };
      this.cache.set(origin, entry);
      const e = entry;
      void e.rules.then((r) => {
        if (r.kind === 'deny') e.ttl = Math.min(this.ttlMs, FAILURE_TTL_MS);
      });
    }
    const rules = await entry.rules;
    if (rules.kind === 'allow') return { allowed: true };
    if (rules.kind === 'deny') return { allowed: false, reason: rules.reason };
    const delay = rules.robot.getCrawlDelay(this.userAgent);
    const delayMs = delay ? delay * 1000 : undefined;
    if (rules.robot.isDisallowed(url, this.userAgent)) return { allowed: false, reason: 'forbidden by robots.txt', delayMs };
    return { allowed: true, delayMs };
  }

  private async load(origin: string): Promise<Rules> {
    const robotsUrl = `${origin}/robots.txt`;
    const r = await this.fetchRobots(robotsUrl);
    if (r.status !== null && r.status >= 200 && r.status < 300 && r.text !== null) {
      return { kind: 'rules', robot: robotsParser(robotsUrl, r.text) };
    }
    if (r.status !== null && r.status >= 400 && r.status < 500) return { kind: 'allow' };
    return { kind: 'deny', reason: `robots.txt unreachable (${r.reason ?? `HTTP ${r.status}`}); nothing fetched from ${origin}` };
  }
}
