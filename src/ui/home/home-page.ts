// Home: what Rapport is, a "Start learning" call to action and what the course covers.
import { h } from '../dom';
import type { PageFactory } from '../shell/router';
import type { CourseOutline } from '../../content/learn/course-types';

function courseContents(outline: CourseOutline): HTMLElement {
  return h('ol', { class: 'home-lessons' },
    ...outline.lessons.map((lesson) => h('li', {},
      h('a', { href: `#/lessons/${lesson.id}` }, lesson.title), ` (about ${lesson.minutes} minutes)`)));
}

const mountHome: PageFactory = async (root) => {
  const contents = h('div', { class: 'home-contents' });
  try {
    const { default: outline } = await import('virtual:rapport-course-outline');
    contents.append(
      h('p', {}, `${outline.lessons.length} short lessons with ${outline.questionCount} questions and a glossary of ${outline.glossaryCount} key terms:`),
      courseContents(outline));
  } catch {
    contents.append(h('p', {}, 'Short lessons with questions, a glossary of key terms and a review of what you missed.'));
  }
  root.append(
    h('h1', {}, 'Rapport'),
    h('p', { class: 'lead' },
      'Learn how a business wins, keeps and grows its customers: the Customer Relationships block of the Business Model Canvas, taught through short lessons and a market you can play.'),
    h('p', { class: 'home-actions' }, h('a', { href: '#/lessons', class: 'button' }, 'Start learning'), ' ', h('a', { href: '#/play', class: 'button secondary' }, 'Play a scenario')),
    h('section', { 'aria-labelledby': 'home-what' },
      h('h2', { id: 'home-what' }, 'What you will practise'),
      h('ul', {},
        h('li', {}, 'The seven relationship types, from transactional and self-service to communities, co-creation and dedicated personal assistance.'),
        h('li', {}, 'How each one changes acquisition, word of mouth, satisfaction, retention and customer lifetime value.'),
        h('li', {}, 'Reading the numbers a manager watches: churn, NPS, CSAT, CAC and CLV.'),
      ),
    ),
    h('section', { 'aria-labelledby': 'home-course' },
      h('h2', { id: 'home-course' }, 'What the course covers'),
      contents,
      h('p', {}, 'Your answers are saved in this browser as you go; missed questions come back in ',
        h('a', { href: '#/review' }, 'your review'), ', and every term is explained in the ',
        h('a', { href: '#/glossary' }, 'glossary'), '.'),
    ),
    h('p', {}, 'Teaching with Rapport? Read the ', h('a', { href: '#/teach/guide' }, 'teaching guide'), ': which scenario goes with which lesson, suggested sessions, discussion prompts and a capstone.'),
    h('p', {}, 'Rapport runs entirely in your browser. Nothing you do is sent anywhere.'),
  );
  return { title: 'Home' };
};

export default mountHome;
