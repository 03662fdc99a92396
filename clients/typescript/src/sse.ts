// Server-Sent Events as the hub's two feeds send them (hand-written, not generated).
//
// The event-stream parsing itself is eventsource-parser's (the WHATWG rules: CRLF, LF or CR
// line ends, multi-line `data:`, comments as keep-alives, chunks split anywhere). `SseParser`
// adds what a feed needs across reconnects: the id of the last complete message (sent back
// as `Last-Event-ID`; eventsource-parser gives each message only its own `id:`) and the
// last `retry:` delay, and hands back the messages each chunk completes.

import { createParser, type EventSourceParser } from "eventsource-parser";

/** One message of a feed: its `event:` name, its decoded `data:` and its `id:`. */
export interface SseMessage<T> {
  event: string;
  data: T;
  id: string | undefined;
}

/** A message before its data is decoded. */
export type RawMessage = SseMessage<string>;

export class SseParser {
  /** The id of the last complete message: send it as `Last-Event-ID` when reconnecting. */
  lastEventId: string | undefined;
  /** The last `retry:` seen, in milliseconds. */
  retryMs: number | undefined;

  private completed: RawMessage[] = [];
  private readonly parser: EventSourceParser;

  constructor(lastEventId?: string, retryMs?: number) {
    this.lastEventId = lastEventId;
    this.retryMs = retryMs;
    this.parser = createParser({
      onEvent: (message) => {
        if (message.id !== undefined) this.lastEventId = message.id;
        this.completed.push({
          event: message.event ?? "message",
          data: message.data,
          id: this.lastEventId,
        });
      },
      onRetry: (ms) => {
        this.retryMs = ms;
      },
    });
  }

  /** Feeds a chunk of text; returns the messages it completed. */
  feed(chunk: string): RawMessage[] {
    this.parser.feed(chunk);
    const completed = this.completed;
    this.completed = [];
    return completed;
  }
}
