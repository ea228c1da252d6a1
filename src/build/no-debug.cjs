// Build-time stand-in for the `debug` package (aliased in vite.config.ts), which stdlib's inverse
// incomplete gamma function loads to log rare numerical warnings to a developer's console. The
// real package probes localStorage and the console's colours as it loads, on every page that
// imports the engine (measured: about 35 ms of a phone's main thread on the play route); its
// messages are off unless a developer turns them on, so a logger that says nothing is equivalent.
module.exports = function createDebug() {
  function debug() {}
  debug.enabled = false;
  return debug;
};
