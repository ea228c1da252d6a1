// The one exception the engine throws on purpose: input it cannot run (a plan naming an unknown
// segment, a game that cannot be replayed). Its message is a sentence naming what is wrong.
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';
}
