// `attache compare EVENT`: the accounts of one event side by side — whose readout each is, the topics
// all share, those only one mentions, and differences of date, type, participants or place.
import { Command } from 'commander';
import type { Comparison } from '../../contacts/compare.ts';
import { dbOption, eventOrComplain } from '../store.ts';

function text(c: Comparison): string {
  const side = (s: string | null) => s ?? 'outlet';
  const out = [`event ${c.event.id} (uid ${c.event.uid}): ${c.event.type}, ${c.event.date ?? 'date not stated'}; ${c.accounts.length} account(s)`, '', 'accounts'];
  c.accounts.forEach((a, i) => {
    out.push(`  ${i + 1}. [${side(a.side)}] ${a.source} — ${a.document}`);
    out.push(`     ${a.type}, ${a.date ?? '—'}, ${a.location ?? 'place not stated'}; ${a.participants.join(', ') || 'nobody named'}`);
    out.push(`     topics: ${a.topics.join('; ') || '—'}`);
    if (a.notMentioned.length) out.push(`     says not mentioned: ${a.notMentioned.join('; ')}`);
  });
  const list = (title: string, ts: Comparison['shared']) => {
    out.push('', title);
    if (ts.length === 0) out.push('  —');
    for (const t of ts) out.push(`  - ${t.label}: ${t.accounts.map((a) => `${side(a.side)} (${a.document} ${a.start}–${a.end})`).join(', ')}`);
  };
  list('topics all accounts mention', c.shared);
  list('topics only one account mentions', c.onlyOne);
  if (c.some.length) list('topics some accounts mention', c.some);
  out.push('', 'readouts (by the side whose readout a sentence retells)');
  out.push(`  published: ${c.published.join(', ') || '—'}; no readout in the record: ${c.unpublished.join(', ') || '—'}`);
  for (const r of c.readouts) {
    out.push(`  ${r.side}${r.voices.length ? ` (${r.voices.join('; ')})` : ''}`);
    out.push(`    mentions: ${r.mentions.map((t) => `${t.label} (${t.accounts.map((a) => `${a.document} ${a.start}–${a.end}`).join(', ')})`).join('; ') || '—'}`);
    if (r.omissions.length) out.push(`    not mentioned by ${r.side}: ${r.omissions.map((t) => `${t.label} (${t.accounts.map((a) => `${a.document} ${a.start}–${a.end}`).join(', ')})`).join('; ')}`);
  }
  if (c.notMentioned.some((m) => !m.side)) {
    for (const m of c.notMentioned.filter((x) => !x.side)) out.push(`  not mentioned (the report of ${m.accounts[0].document}): ${m.label} (${m.accounts[0].start}–${m.accounts[0].end})`);
  }
  out.push('', 'topics one side’s readout mentions and the other’s omits');
  if (c.gaps.length === 0) out.push('  —');
  for (const gp of c.gaps) out.push(`  - ${gp.label}: ${gp.side} (${gp.mention.document} ${gp.mention.start}–${gp.mention.end}), not ${gp.other}${gp.explicit ? ` (said not mentioned: ${gp.explicit.document} ${gp.explicit.start}–${gp.explicit.end})` : ''}`);
  out.push('', 'differences');
  if (c.differences.length === 0) out.push('  — (the accounts agree on date, type, participants, place and initiator)');
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
      const { compareAccounts } = await import('../../contacts/compare.ts');
      const c = compareAccounts(e);
      process.stdout.write(o.format === 'json' ? JSON.stringify(c, null, 2) + '\n' : text(c));
    });
}
