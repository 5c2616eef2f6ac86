// The contact network as files other tools open: GEXF 1.3 (Gephi) and GraphML. XML is written by
// fast-xml-parser's XMLBuilder, which escapes names and labels; nothing is concatenated by hand.
import { XMLBuilder } from 'fast-xml-parser';
import type { Network } from '../network/graph.ts';

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true, processEntities: true });

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * Characters XML 1.0 cannot hold at all, even escaped (control characters but tab and line breaks,
 * lone surrogates, U+FFFE and U+FFFF): one in an analyst's corrected name made the whole file
 * unreadable (issue 19). They are dropped from every name and label written.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const xmlText = (s: string | null | undefined): string => (s ?? '').replace(NOT_XML, '');
const TYPES = ['call', 'meeting', 'visit', 'summit'];

export function toGexf(n: Network, description = 'attaché contact network'): string {
  const doc = {
    gexf: {
      '@_xmlns': 'http://gexf.net/1.3',
      '@_version': '1.3',
      meta: { creator: 'attaché', description },
      graph: {
        '@_defaultedgetype': 'undirected',
        attributes: [
          { '@_class': 'node', attribute: [{ '@_id': 'country', '@_title': 'country', '@_type': 'string' }, { '@_id': 'contacts', '@_title': 'contacts', '@_type': 'integer' }] },
          { '@_class': 'edge', attribute: TYPES.map((t) => ({ '@_id': t, '@_title': t, '@_type': 'integer' })) },
        ],
        nodes: {
          node: n.nodes.map((x) => ({
            '@_id': xmlText(x.id),
            '@_label': xmlText(x.label),
            attvalues: { attvalue: [{ '@_for': 'country', '@_value': xmlText(x.country) }, { '@_for': 'contacts', '@_value': x.contacts }] },
          })),
        },
        edges: {
          edge: n.edges.map((e) => ({
            '@_id': xmlText(e.id),
            '@_source': xmlText(e.source),
            '@_target': xmlText(e.target),
            '@_weight': e.weight,
            attvalues: { attvalue: TYPES.map((t) => ({ '@_for': t, '@_value': e.types[t] ?? 0 })) },
          })),
        },
      },
    },
  };
  return DECLARATION + builder.build(doc);
}

export function toGraphml(n: Network): string {
  const keys = [
    { '@_id': 'label', '@_for': 'node', '@_attr.name': 'label', '@_attr.type': 'string' },
    { '@_id': 'country', '@_for': 'node', '@_attr.name': 'country', '@_attr.type': 'string' },
    { '@_id': 'contacts', '@_for': 'node', '@_attr.name': 'contacts', '@_attr.type': 'int' },
    { '@_id': 'weight', '@_for': 'edge', '@_attr.name': 'weight', '@_attr.type': 'int' },
    ...TYPES.map((t) => ({ '@_id': t, '@_for': 'edge', '@_attr.name': t, '@_attr.type': 'int' })),
  ];
  const doc = {
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      key: keys,
      graph: {
        '@_id': `contacts-${n.level}`,
        '@_edgedefault': 'undirected',
        node: n.nodes.map((x) => ({
          '@_id': xmlText(x.id),
          data: [
            { '@_key': 'label', '#text': xmlText(x.label) },
            { '@_key': 'country', '#text': xmlText(x.country) },
            { '@_key': 'contacts', '#text': x.contacts },
          ],
        })),
        edge: n.edges.map((e) => ({
          '@_id': xmlText(e.id),
          '@_source': xmlText(e.source),
          '@_target': xmlText(e.target),
          data: [{ '@_key': 'weight', '#text': e.weight }, ...TYPES.map((t) => ({ '@_key': t, '#text': e.types[t] ?? 0 }))],
        })),
      },
    },
  };
  return DECLARATION + builder.build(doc);
}
