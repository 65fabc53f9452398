/** schema.org `Legislation` for plan and directive pages (the contract in PRODUCT.md). */
export interface LegislationInput {
  number?: string | undefined;
  name: string;
  issued?: string | undefined;
  issuer: string;
  province?: string | undefined;
  url: URL;
  kind: string;
  /** The page's description, with the caveat of a document known only as cited. */
  description: string;
}

export function legislationJsonLd(doc: LegislationInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    ...(doc.number ? { legislationIdentifier: doc.number } : {}),
    name: doc.name,
    description: doc.description,
    legislationType: doc.kind,
    ...(doc.issued ? { legislationDate: doc.issued } : {}),
    legislationPassedBy: { '@type': 'Organization', name: doc.issuer },
    ...(doc.province ? { spatialCoverage: { '@type': 'Place', name: doc.province } } : {}),
    inLanguage: 'vi',
    url: doc.url.href,
  };
}

/** JSON for a <script> element: `<` is escaped so no string in the data can close the element. */
export const jsonForScript = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
