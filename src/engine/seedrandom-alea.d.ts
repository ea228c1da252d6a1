// Types for seedrandom's Alea generator, imported directly so the bundle skips the other generators.
declare module 'seedrandom/lib/alea.js' {
  interface AleaState { c: number; s0: number; s1: number; s2: number }
  interface AleaPrng {
    (): number;
    state(): AleaState;
  }
  function alea(seed?: string, options?: { state?: boolean | AleaState }): AleaPrng;
  export default alea;
}
