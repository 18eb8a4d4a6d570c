/** The storage interface every backend implements; its own file so the backends and the picker never import each other. */
export type StoredObject = { body: ReadableStream<Uint8Array>; size: number };

/** Every backend checks keys with isValidKey: put and delete refuse others, get answers null. */
export interface MediaStorage {
  put(key: string, data: Uint8Array): Promise<void>;
  get(key: string): Promise<StoredObject | null>;
  delete(key: string): Promise<void>;
}
