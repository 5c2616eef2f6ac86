// The worker's default batch size, in a module of its own so that `attache worker --help` shows it
// without loading pg-boss.
// pg-boss finds the next jobs by sorting every waiting one (a scan of the whole backlog, ~140 ms at
// 100,000 waiting jobs on this machine): large batches spread that cost over many documents.
export const DEFAULT_BATCH = 100;
