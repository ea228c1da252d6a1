// Home: what Rapport is and where to go next.
import { h } from '../dom';
import type { PageFactory } from '../shell/router';

const mountHome: PageFactory = (root) => {
  root.append(
    h('h1', {}, 'Rapport'),
    h('p', { class: 'lead' },
      'Learn how a business wins, keeps and grows its customers: the Customer Relationships block of the Business Model Canvas, taught through short lessons and a market you can play.'),
    h('section', { 'aria-labelledby': 'home-what' },
      h('h2', { id: 'home-what' }, 'What you will practise'),
      h('ul', {},
        h('li', {}, 'The seven relationship types, from transactional and self-service to communities, co-creation and dedicated personal assistance.'),
        h('li', {}, 'How each one changes acquisition, word of mouth, satisfaction, retention and customer lifetime value.'),
        h('li', {}, 'Reading the numbers a manager watches: churn, NPS, CSAT, CAC and CLV.'),
      ),
    ),
    h('p', {}, 'Rapport runs entirely in your browser. Nothing you do is sent anywhere.'),
  );
  return { title: 'Home' };
};

export default mountHome;
