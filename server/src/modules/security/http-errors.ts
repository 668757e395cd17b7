/**
 * Requests that fail before GraphQL sees them (a body that is not JSON, an unknown charset or content
 * encoding, a corrupt gzip stream, a body over the size limit) are answered as GraphQL over HTTP answers
 * every error: a JSON body `{ errors: [{ message, extensions: { code } }] }` with a 4xx status. Never
 * Express's HTML page, which in development shows a stack trace. A request Node cannot even parse (a URL
 * or headers over its 16 KB limit, such as a long document sent with GET, or a malformed request line) is
 * answered the same way, before Express sees it.
 */
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';

export enum HttpErrorCode {
  /** Not JSON, or not a request body Beacon can read. */
  BAD_REQUEST = 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** A charset other than UTF-8, or a content encoding other than gzip, deflate or br. */
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** The request body limit of /graphql (documents have their own, lower limits; variables make up the rest). */
export const BODY_LIMIT = '1mb';
/** BODY_LIMIT in bytes, as express.json reads it (1 mb = 1,048,576 bytes). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

interface BodyError {
  status?: number;
  statusCode?: number;
  type?: string;
  code?: string;
  charset?: string;
  encoding?: string;
}

function describe(error: BodyError): { status: number; code: HttpErrorCode; message: string } {
  switch (error.type) {
    case 'entity.parse.failed':
      return { status: 400, code: HttpErrorCode.BAD_REQUEST, message: 'The request body is not valid JSON' };
    case 'entity.too.large':
      return {
        status: 413,
        code: HttpErrorCode.PAYLOAD_TOO_LARGE,
        message: `The request body is larger than ${BODY_LIMIT}`,
      };
    case 'charset.unsupported':
      return {
        status: 415,
        code: HttpErrorCode.UNSUPPORTED_MEDIA_TYPE,
        message: `Unsupported charset ${JSON.stringify(error.charset ?? '')}: send UTF-8`,
      };
    case 'encoding.unsupported':
      return {
        status: 415,
        code: HttpErrorCode.UNSUPPORTED_MEDIA_TYPE,
        message: `Unsupported content encoding ${JSON.stringify(error.encoding ?? '')}: send gzip, deflate, br or none`,
      };
  }
  const status = error.status ?? error.statusCode;
  // zlib's errors (a corrupt gzip body) and the body reader's (aborted, wrong length) are the client's.
  if ((status !== undefined && status >= 400 && status < 500) || error.code?.startsWith('Z_')) {
    return {
      status: status && status >= 400 && status < 500 ? status : 400,
      code: HttpErrorCode.BAD_REQUEST,
      message: 'The request body could not be read',
    };
  }
  return { status: 500, code: HttpErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error' };
}

/** For /graphql: answers body errors as GraphQL errors in the media type the client accepts. */
export function graphqlHttpErrors(logger: Logger): ErrorRequestHandler {
  return (error: BodyError, req, res, next) => {
    if (res.headersSent) return next(error);
    const { status, code, message } = describe(error);
    if (status >= 500) logger.error({ err: error }, 'request failed before reaching GraphQL');
    const accept = req.headers.accept ?? '';
    res
      .status(status)
      .type(
        accept.includes('application/graphql-response+json')
          ? 'application/graphql-response+json; charset=utf-8'
          : 'application/json; charset=utf-8',
      )
      .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
  };
}

/** For everything else: a status and a line of text, never a stack trace. */
export function plainHttpErrors(logger: Logger): ErrorRequestHandler {
  return (error: BodyError, _req, res, next) => {
    if (res.headersSent) return next(error);
    const { status, message } = describe(error);
    if (status >= 500) logger.error({ err: error }, 'request failed');
    res
      .status(status)
      .type('text/plain; charset=utf-8')
      .send(status >= 500 ? 'Internal server error' : message);
  };
}

/**
 * Answers a request Node's HTTP parser refused with a JSON error and closes the connection, where Node
 * would send a bare status line with no body: 431 for a URL or headers over the limit, else 400.
 */
export function answerUnparsableRequests(server: http.Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const body = JSON.stringify({
      errors: [
        {
          message: tooLarge
            ? 'The URL or headers are larger than the server reads (16 KB): send the operation in a POST body'
            : 'The request is not valid HTTP',
          extensions: { code: HttpErrorCode.BAD_REQUEST },
        },
      ],
    });
    socket.end(
      `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
}
