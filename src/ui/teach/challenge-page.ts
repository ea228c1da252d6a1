// The challenge landing page (#/challenge?c=CODE): decodes an instructor's code, shows its title,
// instructions and goals as plain text, asks the student's name and starts the game on exactly the
// challenge's market (the student's own variant when the rules say so).
import { loadScenarioById } from '../../content/scenario/catalog';
import type { LoadedScenario } from '../../content/scenario/resolve-scenario';
import { challengeScenarioProblem, decodeChallenge, extractChallengeCode, MAX_PLAYER_NAME, playerNameProblem, type Challenge } from '../../engine';
import { savedProgress, sessionStore, startSession } from '../../state/session';
import { announce, h } from '../dom';
import type { PageFactory } from '../shell/router';
import { rosterPicker } from './roster-picker';
import { findLmsApi } from '../lms/scorm-runtime';
import './teach.css';

function codeForm(message: string | null): HTMLElement {
  const input = h('input', { id: 'challenge-code-input', type: 'text', autocomplete: 'off', spellcheck: 'false', required: true });
  const form = h('form', { class: 'teach-form', novalidate: true, 'aria-label': 'Open a challenge' },
    h('div', { class: 'field' }, h('label', { for: input.id }, 'Challenge code or link'), h('span', { class: 'hint' }, 'Paste what your instructor gave you.'), input),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Open the challenge')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/challenge?c=${encodeURIComponent(extractChallengeCode(input.value))}`;
  });
  return h('div', {}, message ? h('div', { class: 'notice error', role: 'alert' }, h('p', {}, message)) : null, form);
}

function goalList(challenge: Challenge): HTMLElement {
  return h('ul', {}, ...challenge.goals.map((g) => h('li', {}, g.label, g.weight !== 1 ? ` (counts ${g.weight}×)` : '')));
}

function facts(challenge: Challenge, loaded: LoadedScenario): HTMLElement {
  const rows: [string, string][] = [
    ['Scenario', loaded.scenario.title],
    ['Length', `${challenge.months} months`],
    ['Attempts', challenge.rules.attempts === null ? 'As many as you like' : `${challenge.rules.attempts}`],
    ['Market', challenge.rules.perStudentVariants ? 'Your own variant, made from your name: play it yourself' : 'The same for the whole class'],
  ];
  return h('dl', { class: 'facts' }, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

const challengePage: PageFactory = async (root, match) => {
  root.classList.add('teach-page');
  const raw = match.query.get('c');
  if (raw === null || raw.trim() === '') {
    root.append(h('h1', {}, 'Open a challenge'), codeForm(null));
    return { title: 'Open a challenge' };
  }
  const decoded = decodeChallenge(raw);
  if (!decoded.ok) {
    root.append(h('h1', {}, 'This challenge link does not work'), codeForm(decoded.error));
    return { title: 'Challenge link not valid' };
  }
  const challenge = decoded.value;
  const code = extractChallengeCode(raw);
  let loaded: LoadedScenario;
  try {
    loaded = await loadScenarioById(challenge.scenario.id);
  } catch {
    root.append(h('h1', {}, challenge.title), h('p', { class: 'notice error', role: 'alert' },
      `This challenge uses the scenario "${challenge.scenario.id}", which this version of Rapport does not have. Ask your instructor for a new link.`));
    return { title: challenge.title };
  }
  const problem = challengeScenarioProblem(challenge, loaded.scenario);
  root.append(h('h1', {}, challenge.title), h('p', { class: 'lead' }, 'A challenge from your instructor.'));
  if (challenge.instructions) root.append(h('h2', {}, 'Instructions'), h('p', { class: 'instructions' }, challenge.instructions));
  root.append(h('h2', {}, 'Goals'), goalList(challenge), facts(challenge, loaded));
  if (problem) {
    root.append(h('p', { class: 'notice error', role: 'alert' }, `${problem} Ask your instructor for a new link made with this version of Rapport.`));
    return { title: challenge.title };
  }
  // Launched by an LMS that kept this challenge's game: restore it instead of starting a new one.
  if (findLmsApi()) {
    const { resumeFromLms } = await import('../lms/lms-resume');
    const resumed = await resumeFromLms(challenge, code, loaded);
    if (resumed.resumed) {
      announce(resumed.month > 0 ? `Your game was restored: ${resumed.month} months played.` : 'Your game was restored.');
      location.hash = `#/play/${challenge.scenario.id}`;
      return { title: challenge.title };
    }
    if (resumed.error) root.append(h('p', { class: 'notice', role: 'status' }, resumed.error));
  }

  const name = h('input', { id: 'player-name', type: 'text', required: true, autocomplete: 'name', maxlength: String(MAX_PLAYER_NAME), 'aria-describedby': 'player-name-hint' });
  const nameError = h('p', { class: 'error-text', id: 'player-name-error', hidden: true });
  const start = h('button', { type: 'submit' }, 'Start the challenge');
  const status = h('p', { role: 'status' });
  const session = sessionStore().getState().session;
  const inProgress = session !== null && !savedProgress(session).finished;
  const sameChallenge = inProgress && session.game.challengeCode === code;
  const replacing = inProgress
    ? h('div', { class: 'notice' },
      h('p', {}, sameChallenge ? 'You have already started this challenge. Starting again begins a new attempt from month 1.' : 'Starting this challenge replaces the game you have in progress.'),
      sameChallenge ? h('p', {}, h('a', { href: `#/play/${challenge.scenario.id}` }, 'Continue where you left off')) : null)
    : null;
  if (session?.game.challengeCode === code && session.game.player) name.value = session.game.player;
  const form = h('form', { class: 'teach-form', novalidate: true, 'aria-label': 'Start the challenge' },
    h('div', { class: 'field' },
      h('label', { for: name.id }, 'Your name'),
      h('span', { class: 'hint', id: 'player-name-hint' }, 'As your instructor knows you: it goes into your result file', challenge.rules.perStudentVariants ? ' and picks your market.' : '.'),
      name, nameError),
    replacing,
    h('div', { class: 'actions' }, start),
    status);
  // With a roster, the student picks their name or types their id instead of typing a name.
  const rosterChoice = challenge.roster ? rosterPicker(challenge.roster) : null;
  if (rosterChoice) form.querySelector('.field')!.replaceWith(rosterChoice.element);
  function begin(player: string, playerId?: string): void {
    start.disabled = true;
    status.textContent = 'Preparing your market…';
    void startSession({ scenarioId: challenge.scenario.id, challengeCode: code, player, ...(playerId !== undefined ? { playerId } : {}) })
      .then((outcome) => {
        if (outcome.ok) {
          announce('The challenge has started.');
          location.hash = `#/play/${challenge.scenario.id}`;
        } else {
          start.disabled = false;
          status.textContent = `The challenge could not start: ${outcome.error}`;
        }
      });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (rosterChoice) {
      const student = rosterChoice.read();
      if (student) begin(student.name, student.id);
      return;
    }
    const nameProblem = playerNameProblem(name.value);
    if (nameProblem) {
      nameError.textContent = nameProblem;
      nameError.hidden = false;
      name.setAttribute('aria-invalid', 'true');
      name.setAttribute('aria-describedby', 'player-name-hint player-name-error');
      name.focus();
      return;
    }
    nameError.hidden = true;
    name.removeAttribute('aria-invalid');
    begin(name.value.trim());
  });
  root.append(h('h2', {}, 'Play'), form);
  return { title: challenge.title };
};

export default challengePage;
