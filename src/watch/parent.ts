// The launcher chain of a long-running command. `npx attache watch` runs as three processes:
// `npm exec` (node) → `sh -c attache …` → node running bin/attache.js, where the watcher really lives.
// A SIGTERM to npx reaches the shell, which dies without passing it on, and a SIGKILL to npx reaches
// nobody: the watcher was left running as an orphan holding its lock, and a restart made two
// watchers (issue 19). So the watcher remembers its launchers when it starts (npm/npx and the shells
// they run it through, read from /proc on Linux) and asks every second whether they are still there,
// each still the parent of the next; when one is gone it stops as on a signal, finishing the item in
// hand and releasing its lock. Processes that are not launchers (the user's shell, nohup, a service
// manager) are not watched: a watcher started with `nohup attache watch &` outlives its terminal.
import { readFileSync } from 'node:fs';

export interface ProcInfo {
  pid: number;
  ppid: number;
  /** The command line, arguments joined by spaces (a process may have rewritten it, as npm does). */
  cmd: string;
}

/** A process's parent and command line from /proc; null where there is no /proc or no such process. */
export function procInfo(pid: number): ProcInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid …": the name may hold spaces and parentheses, so read after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0+$/, '').replaceAll('\0', ' ');
    return Number.isInteger(ppid) ? { pid, ppid, cmd } : null;
  } catch {
    return null;
  }
}

/**
 * A process that only starts another one and waits for it: npm and npx (by their script or the title
 * npm gives itself, "npm exec …"), and a shell running a `-c` command that names attache.
 */
export function isLauncher(cmd: string): boolean {
  if (/^npm(?:\s|$)|^npx(?:\s|$)/.test(cmd)) return true;
  if (/(?:^|[\s/])(?:npm|npx)(?:-cli\.js)?(?:\s|$)/.test(cmd) && /^\S*node\S*\s/.test(cmd)) return true;
  return /^(?:\S*\/)?(?:sh|bash|dash|zsh)\s+(?:-\S+\s+)*-c\s/.test(cmd) && /attache/.test(cmd);
}

/** The launchers above `pid`, nearest first, each with the parent it had when the watcher started. */
export function launcherChain(pid = process.pid, info: (pid: number) => ProcInfo | null = procInfo): ProcInfo[] {
  const chain: ProcInfo[] = [];
  let me = info(pid);
  for (let depth = 0; me && depth < 8; depth++) {
    const parent = info(me.ppid);
    if (!parent || parent.pid <= 1 || !isLauncher(parent.cmd)) break;
    chain.push(parent);
    me = parent;
  }
  return chain;
}

/** Why the launcher chain no longer stands, or null while it does. */
export function chainBroken(chain: ProcInfo[], pid = process.pid, info: (pid: number) => ProcInfo | null = procInfo): string | null {
  let child = pid;
  for (const l of chain) {
    const me = info(child);
    if (!me || me.ppid !== l.pid) return `the launcher process ${l.pid} (${l.cmd.split(' ').slice(0, 3).join(' ')}) is gone`;
    child = l.pid;
  }
  // The top launcher's own parent (the user's shell) may go: nohup npx … & outlives its terminal.
  return info(child) ? null : `the launcher process ${child} is gone`;
}

/**
 * Calls `onGone(reason)` once when a launcher of this process goes away; returns the stop of the
 * check. Without /proc (not Linux), only a change of this process's own parent is seen, and only when
 * npm started it (npm sets npm_command in its children's environment).
 */
export function watchLaunchers(onGone: (reason: string) => void, everyMs = 1_000): () => void {
  // bin/attache.js notes the parent before loading the program, which takes seconds.
  const startPpid = (globalThis as { attacheParentPid?: number }).attacheParentPid ?? process.ppid;
  const viaNpm = Boolean(process.env.npm_command);
  if (startPpid !== process.ppid && (viaNpm || isLauncher(procInfo(startPpid)?.cmd ?? ''))) {
    // Gone while we were loading (the first check is after the current tick, so the caller is ready).
    const t = setTimeout(() => onGone(`the parent process ${startPpid} went away while the watcher was starting`), 0);
    return () => clearTimeout(t);
  }
  const chain = launcherChain();
  if (!chain.length && !viaNpm) return () => {};
  const timer = setInterval(() => {
    const reason = chain.length ? chainBroken(chain) : process.ppid !== startPpid ? `the parent process ${startPpid} (npm) is gone` : null;
    if (reason) {
      clearInterval(timer);
      onGone(reason);
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
