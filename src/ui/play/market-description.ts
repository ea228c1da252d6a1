// The market in words, structured like the picture (PhET's "play area" description): a summary,
// then one region per segment with its counts, satisfaction groups and service levels (with the
// level the segment expects). Arrow keys, Home and End move between segments; the segment in focus
// is outlined in the picture and opened in the budget, and a short sentence about it is announced.
// It describes the month the picture shows (a running month once its animation has played out).
import { RELATIONSHIP_TYPES, formatCount, formatPercent } from '../../engine';
import { h } from '../dom';
import { displayedReport, monthStory, openingStory, type SessionState, type SessionStore, type SegmentStory } from '../../state/session';
import type { Announcer } from './access/announcer';
import { segmentSummary } from './market-words';
import { expectations } from './what-binds';

const pct = (part: number, whole: number) => formatPercent(whole > 0 ? part / whole : 0);

export function marketDescription(store: SessionStore, announcer: Announcer): { element: HTMLElement; focus(): void; destroy(): void } {
  const summary = h('p', { class: 'market-desc-summary' });
  const list = h('ul', { class: 'market-desc-list', 'aria-labelledby': 'market-desc-title' });
  const element = h('section', { class: 'market-description', 'aria-labelledby': 'market-desc-title' },
    h('h3', { id: 'market-desc-title' }, 'The market in words'),
    summary,
    h('p', { class: 'market-desc-hint' }, 'Move between segments with the arrow keys; the segment in focus is outlined in the picture and opened in the budget.'),
    list);
  let articles: HTMLElement[] = [];
  let stories: readonly SegmentStory[] = [];
  let shown = '';

  const selectedIndex = (s: SessionState) => Math.max(0, stories.findIndex((x) => x.id === s.session?.view.segment));
  const rove = (index: number) => articles.forEach((a, i) => { a.tabIndex = i === index ? 0 : -1; });

  const render = (s: SessionState) => {
    const game = s.game;
    if (!game) return;
    const report = displayedReport(s);
    const key = `${game.market.seed}/${report?.month ?? 0}/${report?.hash ?? ''}`;
    if (key === shown) {
      rove(selectedIndex(s));
      return;
    }
    shown = key;
    const scenario = game.market.scenario;
    const story = report ? monthStory(scenario, report) : openingStory(scenario);
    stories = story.segments;
    const expected = expectations(scenario, report);
    const total = story.segments.reduce((a, x) => a + x.active, 0);
    summary.textContent = report
      ? `After month ${report.month} of ${game.market.months}: ${formatCount(total)} customers in ${story.segments.length} segments.${story.events.length > 0 ? ` Events: ${story.events.map((e) => e.title).join('; ')}.` : ''}`
      : `Before month 1: ${formatCount(total)} customers in ${story.segments.length} segments.`;
    const focusedBefore = articles.findIndex((a) => a === document.activeElement);
    articles = story.segments.map((seg, i) => {
      const served = RELATIONSHIP_TYPES.filter((t) => seg.serviceLevels[t] >= 0.005 || expected.some((e) => e.segment === seg.id && e.type === t));
      const service = served.length === 0 ? 'No relationship type serves them yet, and they expect none.' : `Service levels: ${served.map((t) => {
        const e = expected.find((x) => x.segment === seg.id && x.type === t);
        return `${scenario.types[t].name.toLowerCase()} ${formatPercent(seg.serviceLevels[t])}${e ? ` (they expect ${formatPercent(e.expected)}${e.short ? ', short' : ''})` : ''}`;
      }).join(', ')}.`;
      const headingId = `market-desc-${seg.id}`;
      const article = h('article', { class: 'market-desc-segment', 'aria-labelledby': headingId, 'data-segment': seg.id, tabindex: -1 },
        h('h4', { id: headingId }, seg.name),
        h('p', {}, `${formatCount(seg.active)} customers in a market of ${formatCount(seg.marketSize)}; ${formatCount(Math.max(0, seg.prospects - seg.newCustomers))} people have not tried you yet.${report ? ` This month ${formatCount(seg.newCustomers)} arrived (${formatCount(seg.referrals)} through word of mouth) and ${formatCount(seg.churned)} left.` : ''}`),
        h('p', {}, seg.active === 0 ? 'Nobody to ask about satisfaction.' : `Satisfaction: ${formatCount(seg.promoters)} promoters (${pct(seg.promoters, seg.active)}), ${formatCount(seg.passives)} passives (${pct(seg.passives, seg.active)}), ${formatCount(seg.detractors)} detractors (${pct(seg.detractors, seg.active)}).`),
        h('p', {}, service));
      article.addEventListener('focus', () => {
        if (store.getState().session?.view.segment !== seg.id) store.getState().selectSegment(seg.id);
        announcer.say(`${segmentSummary(seg)} Segment ${i + 1} of ${story.segments.length}.`, 'market');
      });
      return h('li', {}, article);
    }).map((li) => li.firstElementChild as HTMLElement);
    list.replaceChildren(...articles.map((a) => a.parentElement!));
    rove(selectedIndex(s));
    if (focusedBefore >= 0) articles[focusedBefore]?.focus({ preventScroll: true });
  };

  list.addEventListener('keydown', (event) => {
    const current = articles.findIndex((a) => a === document.activeElement);
    if (current < 0) return;
    const last = articles.length - 1;
    const to = ({ ArrowDown: current + 1, ArrowRight: current + 1, ArrowUp: current - 1, ArrowLeft: current - 1, Home: 0, End: last } as Record<string, number>)[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const index = to < 0 ? last : to > last ? 0 : to;
    rove(index);
    articles[index]!.focus();
  });

  render(store.getState());
  const unsubscribe = store.subscribe((s) => render(s));
  return {
    element,
    focus() {
      const index = selectedIndex(store.getState());
      rove(index);
      articles[index]?.focus();
    },
    destroy: unsubscribe,
  };
}
