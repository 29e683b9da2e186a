// You are here: the only logger. It writes one JSON line per call and accepts only the fields
// named in LogFields, so request bodies, identities, secrets, source IPs and user agents have no
// way into a log line (docs/architecture.md, security rules).

export interface LogFields {
  requestId?: string;
  route?: string;
  status?: number;
  durationMs?: number;
  errorCode?: string;
  errorName?: string;
  dependency?: string;
  /** Stack frames without the message line, which may quote input. */
  frames?: string;
  component?: string;
  detail?: string;
}

type Level = 'debug' | 'info' | 'warn' | 'error';

export type LogSink = (line: string) => void;

let sink: LogSink = (line) => process.stdout.write(`${line}\n`);

/** Redirects log lines (the local stack and tests use this); returns the previous sink. */
export function setLogSink(next: LogSink): LogSink {
  const previous = sink;
  sink = next;
  return previous;
}

function write(level: Level, message: string, fields: LogFields = {}) {
  sink(JSON.stringify({ level, time: new Date().toISOString(), message, ...fields }));
}

export const logger = {
  debug: (message: string, fields?: LogFields) => write('debug', message, fields),
  info: (message: string, fields?: LogFields) => write('info', message, fields),
  warn: (message: string, fields?: LogFields) => write('warn', message, fields),
  error: (message: string, fields?: LogFields) => write('error', message, fields),
};

export const stackFrames = (error: unknown) =>
  error instanceof Error && error.stack ? error.stack.split('\n').slice(1, 6).join('\n') : undefined;
