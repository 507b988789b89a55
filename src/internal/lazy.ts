/**
 * Makes a value on first use instead of when its module loads: `lazy(build)` is a function that calls `build` the
 * first time and returns the same value ever after. The package builds its zod schemas and expands its bundled data
 * this way, so that importing it does no such work (bench/README.md, import cost) and a bundler drops what is never
 * called. Write each use as `/* @__PURE__ *\/ lazy(…)`, so that bundlers know that making the getter does nothing.
 */
export function lazy<T>(build: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = build();
      made = true;
    }
    return value;
  };
}
