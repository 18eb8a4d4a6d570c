// Stand-in for the `server-only` marker in tests, which run on the server side only.
export {};
