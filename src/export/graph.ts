// The contact network as files other tools open: GEXF 1.3 (Gephi) and GraphML. XML is written by
// fast-xml-parser's XMLBuilder, which escapes names and labels; nothing is concatenated by hand.
import { XMLBuilder } from 'fast-xml-parser';
import type { Network } from '../network/graph.ts';

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true, processEntities: true });

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
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
            '@_id': x.id,
            '@_label': x.label,
            attvalues: { attvalue: [{ '@_for': 'country', '@_value': x.country ?? '' }, { '@_for': 'contacts', '@_value': x.contacts }] },
          })),
        },
        edges: {
          edge: n.edges.map((e) => ({
            '@_id': e.id,
            '@_source': e.source,
            '@_target': e.target,
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
          '@_id': x.id,
          data: [
            { '@_key': 'label', '#text': x.label },
            { '@_key': 'country', '#text': x.country ?? '' },
            { '@_key': 'contacts', '#text': x.contacts },
          ],
        })),
        edge: n.edges.map((e) => ({
          '@_id': e.id,
          '@_source': e.source,
          '@_target': e.target,
          data: [{ '@_key': 'weight', '#text': e.weight }, ...TYPES.map((t) => ({ '@_key': t, '#text': e.types[t] ?? 0 }))],
        })),
      },
    },
  };
  return DECLARATION + builder.build(doc);
}
