/** CommonJS stand-in for the ESM-only `uuid` that office-addin-manifest requires (see strip-bom.js). */
const { randomUUID } = require('node:crypto');
const PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
module.exports = { v4: () => randomUUID(), validate: (id) => typeof id === 'string' && PATTERN.test(id) };
