import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/** The error code a lazy resolver puts under its field when the schema's code could not be fetched. */
export const SCHEMA_LOAD_FAILED = "schema_load_failed";

/** A resolver that can also start fetching its schema ahead of time. */
export type LazyResolver<I extends FieldValues, O> = Resolver<I, unknown, O> & {
  /** Starts fetching the schema (and zod) now, e.g. when the first field gets the focus. Idempotent. */
  preload: () => void;
};

/**
 * A react-hook-form resolver whose zod schema — and with it zod and the resolver, about 30 KiB
 * compressed — is fetched the first time the form validates (or on `preload()`), not with the page:
 * for a page whose first load is what a phone waits for (docs/performance.md). Validation is the same
 * `zodResolver(schema)` once loaded. If the code cannot be fetched (the network dropped), validation
 * answers with the error code `SCHEMA_LOAD_FAILED` under `errorField`, and the next submit tries again.
 *
 * @param load returns the schema, typically `() => import("./schemas").then((m) => m.emailFormSchema)`.
 * @param errorField the field that shows a load failure (the form's first field).
 */
export function lazyZodResolver<I extends FieldValues, O>(
  load: () => Promise<z.ZodType<O, I>>,
  errorField: keyof I & string,
): LazyResolver<I, O> {
  let ready: Promise<Resolver<I, unknown, O>> | undefined;
  const get = () =>
    (ready ??= Promise.all([load(), import("@hookform/resolvers/zod")]).then(
      ([schema, { zodResolver }]) => zodResolver(schema as never) as unknown as Resolver<I, unknown, O>,
    ));

  const resolver: Resolver<I, unknown, O> = async (values, context, options) => {
    let resolve: Resolver<I, unknown, O>;
    try {
      resolve = await get();
    } catch {
      ready = undefined;
      return { values: {}, errors: { [errorField]: { type: "load", message: SCHEMA_LOAD_FAILED } } } as never;
    }
    return resolve(values, context, options);
  };
  return Object.assign(resolver, { preload: () => void get().catch(() => (ready = undefined)) });
}
