/**
 * A real SMTP sink for the calling test file, with the app's mail transport sending into it:
 * started before its tests, closed after them, and emptied of caught mail and rejection counts
 * before each test. Returns a getter for the running sink.
 */
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startSmtpSink, type RejectRule, type SmtpSink } from "./smtp-sink";

export function mailSinkForThisFile(options: { reject?: RejectRule } = {}): () => SmtpSink {
  let sink: SmtpSink | undefined;
  // The transport is imported when the hooks run, not with this file: test files that stand in
  // for modules (tests/security/fakes.ts) must have installed them before the app's code loads.
  beforeAll(async () => {
    sink = await startSmtpSink(options);
    const { setSmtpUrlOverride } = await import("@/lib/email/transport");
    setSmtpUrlOverride(sink.url);
  });
  afterAll(async () => {
    const { closeMailTransport } = await import("@/lib/email/transport");
    closeMailTransport();
    await sink?.close();
  });
  beforeEach(() => {
    sink!.messages.length = 0;
    sink!.rejections.clear();
  });
  return () => sink!;
}
