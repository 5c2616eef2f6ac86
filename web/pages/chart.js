// Contacts of a country pair by month and type, as a stacked bar chart (Chart.js).
import { api, qs } from '../api.js';
import { h, show, loadScript } from '../dom.js';

const COLORS = { call: '#4a6fa5', meeting: '#b5483b', visit: '#d08c2c', summit: '#2f8f83' };

export async function render() {
  const params = new URLSearchParams(location.search);
  const values = { country: params.get('country') || 'RUS,ARM', from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const [data] = await Promise.all([api(`/api/stats/monthly${qs(values)}`), loadScript('/vendor/chart.umd.min.js')]);
  const canvas = h('canvas', { id: 'chart', role: 'img', 'aria-label': `contacts of ${values.country} by month and type` });
  const form = h(
    'form',
    { class: 'filters', method: 'get', action: '/chart' },
    h('label', {}, 'Countries ', h('input', { name: 'country', value: values.country, size: 9 })),
    h('label', {}, 'From ', h('input', { name: 'from', value: values.from, placeholder: 'YYYY-MM', size: 8 })),
    h('label', {}, 'To ', h('input', { name: 'to', value: values.to, placeholder: 'YYYY-MM', size: 8 })),
    h('button', { type: 'submit' }, 'Show'),
  );
  const total = data.months.reduce((a, m) => a + m.total, 0);
  show(
    h('h1', {}, `Contacts by month: ${values.country.replace(/,/g, ' – ')}`),
    form,
    h('p', { class: 'count' }, `${total} dated contacts`, ' · ', h('a', { href: `/chronicle${qs(values)}` }, 'the chronicle of this selection')),
    h('div', { class: 'chart-wrap' }, canvas),
  );
  new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.months.map((m) => m.month),
      datasets: Object.keys(COLORS).map((t) => ({ label: t, data: data.months.map((m) => m.types[t] ?? 0), backgroundColor: COLORS[t] })),
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      onClick: (_ev, items) => {
        if (!items.length) return;
        const month = data.months[items[0].index].month;
        location.assign(`/chronicle${qs({ country: values.country, from: `${month}-01`, to: `${month}-31` })}`);
      },
    },
  });
}
