// The engine's version: bump it whenever a decision log would replay to different numbers
// (golden replays in tests/golden fail until it is bumped and the goldens are regenerated).
export const ENGINE_VERSION = '2.0.0';
