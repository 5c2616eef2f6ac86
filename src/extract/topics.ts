// Topics: what a sentence says the event was about ("The main topic of the conversation was the
// implementation of ...", "the sides discussed bilateral relations"). Short phrases, not scored strictly.
import type { Lexicon } from './lexicon.ts';

const AFTER = /\b(?:was|were|discussed|focused on|touched upon|about|concerning|regarding|exchanged views on|devoted to|dealt with|centred on|centered on|reviewed|considered)\s+(?<topic>[^.;]{6,200})/i;
const MAX = 120;

/** `cue` is the topic cue's match in the sentence, when the caller has it already. */
export function topicsOf(lex: Lexicon, sentence: string, cue: RegExpExecArray | null = lex.cue.topic_sentence.exec(sentence)): string[] {
  if (!cue && !/\b(?:discuss|focus|topic|agenda|issues?)\b/i.test(sentence)) return [];
  // "X was not mentioned", "the readout made no mention of X": no topic, whatever else the sentence says.
  if (lex.cue.topic_absent.test(sentence)) return [];
  const rest = cue ? sentence.slice(cue.index) : sentence;
  const m = AFTER.exec(rest);
  if (!m?.groups) return [];
  let topic = m.groups.topic.replace(/^(?:the|a|an)\s+/i, '').replace(/[“”"]/g, '').trim();
  if (topic.length > MAX) topic = topic.slice(0, topic.lastIndexOf(' ', MAX)) + '…';
  return topic
    .split(/\s*(?:;|, as well as| as well as | and the )\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 3);
}
