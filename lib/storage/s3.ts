/**
 * MediaStorage on S3-compatible object storage (AWS S3, MinIO, Cloudflare R2, …), so that every
 * app instance reads and writes the same files. Selected by S3_BUCKET (see lib/env.ts).
 */
import "server-only";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import type { MediaStorage, StoredObject } from "./types";
import { assertValidKey, contentTypeOf, isValidKey, MEDIA_CACHE_CONTROL } from "./keys";

export type S3StorageOptions = {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
  /** A folder inside the bucket, without slashes at either end. */
  prefix?: string;
  /** Milliseconds to open a connection (default 5 s). */
  connectionTimeoutMs?: number;
  /** Milliseconds from sending a request to its response headers, upload included (default 30 s). */
  requestTimeoutMs?: number;
  /** Milliseconds a socket may stay idle, also while a body streams (default 30 s). */
  socketTimeoutMs?: number;
  /** Tries per operation, the first included (default 3): a failing store answers in seconds, never hangs. */
  maxAttempts?: number;
};

/** A storage call that failed, with what to check; `cause` is the SDK's error. */
export class S3StorageError extends Error {
  override name = "S3StorageError";
}

const CONNECTION_ERRORS = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ECONNRESET", "EHOSTUNREACH", "ENETUNREACH", "EPIPE"]);

export class S3Storage implements MediaStorage {
  private readonly client: S3Client;

  constructor(private readonly options: S3StorageOptions) {
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      maxAttempts: options.maxAttempts ?? 3,
      // Checksums only where S3 requires them: several S3-compatible stores reject or mis-store
      // the SDK's newer default checksum headers. SigV4 still signs the payload's SHA-256.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
      requestHandler: {
        connectionTimeout: options.connectionTimeoutMs ?? 5_000,
        requestTimeout: options.requestTimeoutMs ?? 30_000,
        // Without this the SDK only logs a warning when requestTimeout passes, and waits on.
        throwOnRequestTimeout: true,
        socketTimeout: options.socketTimeoutMs ?? 30_000,
      },
    });
  }

  /** The object's key in the bucket: the media key under S3_PREFIX. */
  objectKey(key: string): string {
    return this.options.prefix ? `${this.options.prefix}/${key}` : key;
  }

  async put(key: string, data: Uint8Array): Promise<void> {
    assertValidKey(key);
    await this.send("put", key, () =>
      this.client.send(
        new PutObjectCommand({
          Bucket: this.options.bucket,
          Key: this.objectKey(key),
          Body: data,
          ContentLength: data.byteLength,
          ContentType: contentTypeOf(key),
          CacheControl: MEDIA_CACHE_CONTROL,
        }),
      ),
    );
  }

  /** The object as a stream (never buffered here) and its size; null when there is no such key. */
  async get(key: string): Promise<StoredObject | null> {
    if (!isValidKey(key)) return null;
    let output;
    try {
      output = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }));
    } catch (error) {
      if (isMissingKey(error)) return null;
      throw this.describe("get", key, error);
    }
    if (!output.Body) return null;
    const body = output.Body.transformToWebStream() as ReadableStream<Uint8Array>;
    if (output.ContentLength === undefined) {
      // S3 always sends the length; a store that does not would make the route announce a wrong size.
      await body.cancel().catch(() => {});
      throw new S3StorageError(
        `S3 get of "${this.objectKey(key)}" from ${this.where()} came without a Content-Length; check S3_ENDPOINT points at an S3-compatible store.`,
      );
    }
    return { body, size: output.ContentLength };
  }

  /** Removes the object; deleting a key that is not there is not an error. */
  async delete(key: string): Promise<void> {
    assertValidKey(key);
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }));
    } catch (error) {
      if (isMissingKey(error)) return;
      throw this.describe("delete", key, error);
    }
  }

  /** Checks that the bucket is there and the credentials may use it (for start-up). */
  async check(): Promise<void> {
    await this.send("check", "", () => this.client.send(new HeadBucketCommand({ Bucket: this.options.bucket })));
  }

  /** Where the objects live, for logs: never includes a credential. */
  describeTarget(): string {
    return `s3://${this.options.bucket}/${this.options.prefix ? `${this.options.prefix}/` : ""} at ${this.where()}`;
  }

  /** The endpoint for messages, without any user:password part. */
  private where(): string {
    if (!this.options.endpoint) return `AWS S3 in ${this.options.region}`;
    const url = new URL(this.options.endpoint);
    return `${url.origin}${url.pathname === "/" ? "" : url.pathname}`;
  }

  /** Closes the client's sockets (tests, scripts). */
  close(): void {
    this.client.destroy();
  }

  private async send(operation: string, key: string, call: () => Promise<unknown>): Promise<void> {
    try {
      await call();
    } catch (error) {
      throw this.describe(operation, key, error);
    }
  }

  private describe(operation: string, key: string, error: unknown): S3StorageError {
    const name = (error as { name?: string })?.name ?? "Error";
    const code = (error as { code?: string })?.code;
    const status =
      error instanceof S3ServiceException
        ? error.$metadata.httpStatusCode
        : (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
    const where = this.where();
    let hint: string;
    if (["InvalidAccessKeyId", "SignatureDoesNotMatch", "AccessDenied", "Forbidden"].includes(name) || status === 401 || status === 403) {
      hint = "the store refused the credentials: check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (and the bucket's policy)";
    } else if (name === "NoSuchBucket" || (operation === "check" && status === 404)) {
      hint = `the bucket "${this.options.bucket}" does not exist there: check S3_BUCKET (and S3_ENDPOINT, S3_FORCE_PATH_STYLE)`;
    } else if (name === "TimeoutError" || code === "ETIMEDOUT") {
      hint = `the store at ${where} did not answer in time: check S3_ENDPOINT and the network`;
    } else if (code && CONNECTION_ERRORS.has(code)) {
      hint = `the store at ${where} could not be reached: check S3_ENDPOINT and the network`;
    } else {
      hint = `check the S3_* settings for ${where}`;
    }
    const what =
      operation === "check"
        ? `S3 bucket check of "${this.options.bucket}"`
        : `S3 ${operation} of "${this.objectKey(key)}" in bucket "${this.options.bucket}"`;
    const detail = [code ?? name, status ? `HTTP ${status}` : undefined].filter(Boolean).join(", ");
    const message = error instanceof Error && error.message && error.message !== name ? `: ${error.message.replace(/\.+$/, "")}` : "";
    return new S3StorageError(`${what} failed (${detail})${message}; ${hint}.`, { cause: error });
  }
}

function isMissingKey(error: unknown): boolean {
  const name = (error as { name?: string })?.name;
  return name === "NoSuchKey" || name === "NotFound";
}
