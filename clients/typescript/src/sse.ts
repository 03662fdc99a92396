// Server-Sent Events as the hub's two feeds send them (hand-written, not generated).
//
// `SseParser` turns the text of a `text/event-stream` body into messages, following the
// WHATWG event-stream rules: lines end with CRLF, LF or CR; the `data:` lines of a message
// are joined with newlines; a blank line dispatches it; lines starting with `:` are
// comments (the hub's keep-alives); `id:` sets what a reconnect sends as `Last-Event-ID`
// (once its message is complete), and `retry:` the reconnection delay.

/** One message of a feed: its `event:` name, its decoded `data:` and its `id:`. */
export interface SseMessage<T> {
  event: string;
  data: T;
  id: string | undefined;
}

/** A message before its data is decoded. */
export type RawMessage = SseMessage<string>;

const LINE_END = /\r\n|\r|\n/;

export class SseParser {
  /** The id of the last complete message: send it as `Last-Event-ID` when reconnecting. */
  lastEventId: string | undefined;
  /** The last `retry:` seen, in milliseconds. */
  retryMs: number | undefined;

  private buffer = "";
  private pendingCr = false;
  private event = "";
  private data: string[] = [];
  private idField: string | undefined;

  constructor(lastEventId?: string, retryMs?: number) {
    this.lastEventId = lastEventId;
    this.retryMs = retryMs;
  }

  /** Feeds a chunk of text; returns the messages it completed. */
  feed(chunk: string): RawMessage[] {
    const messages: RawMessage[] = [];
    if (chunk.length > 0 && this.pendingCr) {
      // The LF of a CRLF that was split between two chunks.
      if (chunk.startsWith("\n")) chunk = chunk.slice(1);
      this.pendingCr = false;
    }
    this.buffer += chunk;
    for (;;) {
      const end = LINE_END.exec(this.buffer);
      if (end === null) break;
      const after = end.index + end[0].length;
      // A CR at the end of the chunk may be the first half of a CRLF.
      if (end[0] === "\r" && after === this.buffer.length) this.pendingCr = true;
      const line = this.buffer.slice(0, end.index);
      this.buffer = this.buffer.slice(after);
      const message = this.line(line);
      if (message !== undefined) messages.push(message);
    }
    return messages;
  }

  private line(line: string): RawMessage | undefined {
    if (line === "") return this.dispatch();
    if (line.startsWith(":")) return undefined;
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    switch (field) {
      case "event":
        this.event = value;
        break;
      case "data":
        this.data.push(value);
        break;
      case "id":
        if (!value.includes("\0")) this.idField = value;
        break;
      case "retry":
        if (/^[0-9]+$/.test(value)) this.retryMs = Number(value);
        break;
    }
    return undefined;
  }

  private dispatch(): RawMessage | undefined {
    if (this.idField !== undefined) this.lastEventId = this.idField;
    const message =
      this.data.length > 0
        ? { event: this.event || "message", data: this.data.join("\n"), id: this.lastEventId }
        : undefined;
    this.event = "";
    this.data = [];
    return message;
  }
}
