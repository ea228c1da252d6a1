// Limits every layer shares: scenarios, challenges, saved games, result files and the CLI all take
// them from here, so no two places disagree on how long a game may be.

/** The longest game, in months. */
export const MAX_MONTHS = 600;

/** The largest amount on one line of a month's plan, in the scenario's currency. */
export const MAX_SPEND = 1e12;
