// The DOM legend under the market canvas: what each glyph shape means and which icon stands for
// which relationship type (shape and fill differ as well as colour).
import { RELATIONSHIP_TYPES, type Scenario } from '../../engine';
import { h } from '../dom';
import { GROUP_STYLE, SATISFACTION_GROUPS } from '../../game/palette';
import { typeIconUrl } from '../../game/type-icons';
import { svg } from './charts/svg';

function glyphSample(group: (typeof SATISFACTION_GROUPS)[number]): SVGSVGElement {
  const colour = GROUP_STYLE[group].css;
  const shape = group === 'promoter'
    ? svg('circle', { cx: 8, cy: 8, r: 6.5, fill: colour, stroke: '#1b1f24', 'stroke-width': 1.2 })
    : group === 'passive'
      ? svg('polygon', { points: '8,2 14,8 8,14 2,8', fill: '#ffffff', stroke: colour, 'stroke-width': 2.4 })
      : svg('polygon', { points: '1.5,2.5 14.5,2.5 8,14.5', fill: colour, stroke: '#1b1f24', 'stroke-width': 1.2 });
  return svg('svg', { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': 'true' }, shape);
}

export function marketLegend(scenario: Scenario): HTMLElement {
  return h('div', { class: 'market-legend' },
    h('ul', { 'aria-label': 'Glyphs' },
      ...SATISFACTION_GROUPS.map((g) => h('li', {}, glyphSample(g), ` ${GROUP_STYLE[g].label}: ${GROUP_STYLE[g].shape}`)),
      h('li', {}, svg('svg', { width: 16, height: 16, 'aria-hidden': 'true' }, svg('circle', { cx: 8, cy: 8, r: 3, fill: '#8a929c' })), ' Prospect (not a customer yet): faint dot'),
      h('li', {}, svg('svg', { width: 16, height: 16, 'aria-hidden': 'true' }, svg('circle', { cx: 8, cy: 8, r: 6, fill: 'none', stroke: '#009e73', 'stroke-width': 2 })), ' Served this month: green ring'),
      h('li', {}, svg('svg', { width: 16, height: 16, 'aria-hidden': 'true' }, svg('line', { x1: 1, y1: 14, x2: 15, y2: 2, stroke: '#009e73', 'stroke-width': 2 })), ' Referral: a line from the customer who recommended'),
    ),
    h('ul', { 'aria-label': 'Relationship type icons (faded when little is spent on them)' },
      ...RELATIONSHIP_TYPES.map((t) => h('li', {}, h('img', { src: typeIconUrl(t), alt: '', width: 16, height: 16 }), ` ${scenario.types[t].name}`))),
  );
}
