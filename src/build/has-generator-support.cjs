// Build-time stand-in for @stdlib/assert-has-generator-support (aliased in vite.config.ts). The
// original tests for generators with eval(), which the app's Content-Security-Policy forbids (no
// 'unsafe-eval'): the blocked eval is reported as a violation and, worse, would make stdlib take
// another code path than in Node. Every browser the build targets (ES2022) has generators, so the
// answer is true, as it is in Node.
module.exports = function hasGeneratorSupport() {
  return true;
};
