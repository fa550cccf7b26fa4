/**
 * The few pieces of the PostgreSQL wire protocol (version 3) that serving an embedded database needs:
 * splitting what a client sends into messages, finding ReadyForQuery in what the server answers, and
 * writing an ErrorResponse of our own.
 */

/** The transaction status in ReadyForQuery: idle, in a transaction, in a failed transaction. */
export type TransactionStatus = 'I' | 'T' | 'E';

const sslRequestCode = 80877103;
const gssEncRequestCode = 80877104;
const cancelRequestCode = 80877102;
const protocolVersion3 = 196608;

export type StartupFrame = { kind: 'startup'; bytes: Buffer } | { kind: 'encryption-request' } | { kind: 'cancel' } | { kind: 'unsupported' };

/** The first message of a connection has no type byte: a length, then a code or protocol version. */
export function takeStartupFrame(buffer: Buffer): { frame: StartupFrame; rest: Buffer } | null {
  if (buffer.length < 8) return null;
  const length = buffer.readInt32BE(0);
  if (length < 8 || length > 10_000) return { frame: { kind: 'unsupported' }, rest: Buffer.alloc(0) };
  if (buffer.length < length) return null;
  const code = buffer.readInt32BE(4);
  const rest = buffer.subarray(length);
  if (code === sslRequestCode || code === gssEncRequestCode) return { frame: { kind: 'encryption-request' }, rest };
  if (code === cancelRequestCode) return { frame: { kind: 'cancel' }, rest };
  if (code === protocolVersion3) return { frame: { kind: 'startup', bytes: Buffer.from(buffer.subarray(0, length)) }, rest };
  return { frame: { kind: 'unsupported' }, rest };
}

/** Whole typed messages (a type byte, then a length that counts itself) from the front of a buffer. */
export function takeTypedFrames(buffer: Buffer): { frames: Buffer[]; rest: Buffer } {
  const frames: Buffer[] = [];
  let offset = 0;
  while (buffer.length - offset >= 5) {
    const length = buffer.readInt32BE(offset + 1);
    if (length < 4) throw new Error('A message with an impossible length.');
    if (buffer.length - offset < 1 + length) break;
    frames.push(Buffer.from(buffer.subarray(offset, offset + 1 + length)));
    offset += 1 + length;
  }
  return { frames, rest: buffer.subarray(offset) };
}

export const frameType = (frame: Buffer): string => String.fromCharCode(frame[0] ?? 0);

/** Sync, simple Query and FunctionCall end an exchange: the server answers each with ReadyForQuery. */
export const endsExchange = (frame: Buffer): boolean => ['S', 'Q', 'F'].includes(frameType(frame));

/** A startup message begins with its length, whose first byte is 0; a typed message with a letter. */
export const isStartupMessage = (frame: Buffer): boolean => frame[0] === 0;

export const isTerminate = (frame: Buffer): boolean => frameType(frame) === 'X';

/** The status of the last ReadyForQuery in a run of server messages, or null when there is none. */
export function lastReadyStatus(output: Buffer): TransactionStatus | null {
  let status: TransactionStatus | null = null;
  let offset = 0;
  while (output.length - offset >= 5) {
    const type = output[offset];
    const length = output.readInt32BE(offset + 1);
    if (type === 0x5a /* Z */ && length === 5 && offset + 5 < output.length) {
      status = String.fromCharCode(output[offset + 5] ?? 0x49) as TransactionStatus;
    }
    offset += 1 + length;
  }
  return status;
}

function typed(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

const cString = (text: string) => Buffer.from(`${text}\0`, 'utf8');

export function syncMessage(): Buffer {
  return typed('S', Buffer.alloc(0));
}

export function queryMessage(text: string): Buffer {
  return typed('Q', cString(text));
}

export function readyForQuery(status: TransactionStatus): Buffer {
  return typed('Z', Buffer.from(status, 'latin1'));
}

export function errorResponse(severity: 'ERROR' | 'FATAL', sqlState: string, message: string): Buffer {
  return typed(
    'E',
    Buffer.concat([Buffer.from('S'), cString(severity), Buffer.from('V'), cString(severity), Buffer.from('C'), cString(sqlState), Buffer.from('M'), cString(message), Buffer.from([0])]),
  );
}
