// petrovich ships no types: the part of its API the Russian reader uses.
declare module 'petrovich' {
  type Case = 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
  type Inflect = Record<Case, (name: string) => string>;
  interface Gendered { first: Inflect; last: Inflect; middle: Inflect }
  const petrovich: { male: Gendered; female: Gendered; androgynous: Gendered; detect_gender(middle: string): string };
  export default petrovich;
}
