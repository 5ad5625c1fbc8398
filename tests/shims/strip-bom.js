/**
 * CommonJS stand-in for the ESM-only `strip-bom` that @microsoft/app-manifest requires: Node
 * loads it (require(esm)), Jest's module system cannot. Same behaviour, both export styles.
 */
function stripBom(string) {
  if (typeof string !== 'string') throw new TypeError(`Expected a string, got ${typeof string}`);
  return string.charCodeAt(0) === 0xfeff ? string.slice(1) : string;
}
module.exports = stripBom;
module.exports.default = stripBom;
