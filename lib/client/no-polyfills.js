// Stands in for Next's client polyfill module (next.config.ts, turbopack.resolveAlias): every
// browser in package.json's browserslist has String#trimStart, Array#flat, Array#at,
// Object.hasOwn, Object.fromEntries, Promise#finally and URL.canParse natively.
