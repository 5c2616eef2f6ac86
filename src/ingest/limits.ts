// The largest file read by default; its own module so that the CLI can show it in `--help` without
// loading the readers.
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
