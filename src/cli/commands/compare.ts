// `attache compare EVENT`: the accounts of one event side by side — whose readout each is, the topics
// all share, those only one mentions, and differences of date, type, participants or place.
import { Command } from 'commander';
import type { Comparison } from '../../accounts/compare.ts';
import { dbOption, eventOrComplain } from '../store.ts';

function text(c: Comparison): string {
  const side = (s: string | null) => s ?? 'outlet';
  const out = [`event ${c.event.id} (uid ${c.event.uid}): ${c.event.type}, ${c.event.date ?? 'date not stated'}; ${c.accounts.length} account(s)`, '', 'accounts'];
  c.accounts.forEach((a, i) => {
    out.push(`  ${i + 1}. [${side(a.side)}] ${a.source} — ${a.document}`);
    out.push(`     ${a.type}, ${a.date ?? '—'}, ${a.location ?? 'place not stated'}; ${a.participants.join(', ') || 'nobody named'}`);
    out.push(`     topics: ${a.topics.join('; ') || '—'}`);
  });
  const list = (title: string, ts: Comparison['shared']) => {
    out.push('', title);
    if (ts.length === 0) out.push('  —');
    for (const t of ts) out.push(`  - ${t.label}: ${t.accounts.map((a) => `${side(a.side)} (${a.document} ${a.start}–${a.end})`).join(', ')}`);
  };
  list('topics all accounts mention', c.shared);
  list('topics only one account mentions', c.onlyOne);
  if (c.some.length) list('topics some accounts mention', c.some);
  out.push('', 'differences');
  if (c.differences.length === 0) out.push('  — (the accounts agree on date, type, participants and place)');
  for (const d of c.differences) {
    out.push(`  ${d.field}:`);
    for (const v of d.values) out.push(`    ${side(v.side)} ${v.document}: ${v.value ?? 'not stated'}`);
  }
  return out.join('\n') + '\n';
}

export function compareCommand(): Command {
  return dbOption(new Command('compare').description("an event's accounts side by side: shared topics, one side's topics, differences"))
    .argument('<event>', 'event id or uid')
    .option('--format <format>', 'text | json', 'text')
    .action(async (id: string, o: { db?: string; format: string }) => {
      const e = await eventOrComplain(o, id);
      if (!e) return;
      const { compareAccounts } = await import('../../accounts/compare.ts');
      const c = compareAccounts(e);
      process.stdout.write(o.format === 'json' ? JSON.stringify(c, null, 2) + '\n' : text(c));
    });
}
