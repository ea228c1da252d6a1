// Types for stdlib's binomial sampling function (the function behind its factory).
declare module '@stdlib/random-base-binomial/lib/binomial.js' {
  function sample(rand: () => number, n: number, p: number): number;
  export default sample;
}
