/**
 * A schema built the first time something uses it, not when its module loads.
 *
 * The data model is a few hundred zod schemas, and building them was a large share of the app's
 * start-up (issue 13) although the first screen reads three tables. The value returned stands for
 * the schema in every way zod and the app use one — properties and methods, `in`, `instanceof`
 * (zod checks its own markers through properties), spreading its keys — and builds it on the first
 * of those, once. Schemas that use others (`z.array(memberUnitSchema)`) are then built with them.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined
  const schema = (): T => (built ??= build())
  return new Proxy(Object.create(null) as T, {
    get: (_, key) => Reflect.get(schema(), key),
    set: (_, key, value) => Reflect.set(schema(), key, value),
    has: (_, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    // Reported as configurable: the stand-in object itself has no such property, and a proxy
    // may not claim a non-configurable one its target lacks.
    getOwnPropertyDescriptor: (_, key) => {
      const found = Reflect.getOwnPropertyDescriptor(schema(), key)
      return found && { ...found, configurable: true }
    },
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(schema(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema())
  })
}
