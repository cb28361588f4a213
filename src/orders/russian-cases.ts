// The genitive and dative of a position and a name as documents need them («в лице директора
// Лаптевой Е. А.», «Директору … Е. А. Лаптевой»). Only the common regular endings are declined;
// anything else is left as written, which a reader still understands.

export type Case = 'genitive' | 'dative';

const surnameEndings: [RegExp, Record<Case, string>][] = [
  [/(ск|цк)ая$/u, { genitive: '$1ой', dative: '$1ой' }],
  [/(ск|цк)ий$/u, { genitive: '$1ого', dative: '$1ому' }],
  [/(ов|ев|ёв|ин|ын)а$/u, { genitive: '$1ой', dative: '$1ой' }],
  [/(ов|ев|ёв|ин|ын)$/u, { genitive: '$1а', dative: '$1у' }],
];

/** A surname in the given case when its ending is one of the regular ones. */
export function declineSurname(surname: string, grammaticalCase: Case): string {
  for (const [ending, forms] of surnameEndings) {
    if (ending.test(surname)) return surname.replace(ending, forms[grammaticalCase]);
  }
  return surname;
}

/** «Е. А. Лаптева» or «Лаптева Е. А.»: the word that is not an initial is declined. */
export function declineName(name: string, grammaticalCase: Case): string {
  return name
    .split(' ')
    .map((word) => (/^\p{Lu}\.$/u.test(word) ? word : declineSurname(word, grammaticalCase)))
    .join(' ');
}

const positionWords: [RegExp, Record<Case, string>][] = [
  [/^(д|Д)иректор$/u, { genitive: 'директора', dative: 'директору' }],
  [/^(з|З)аведующ(ий|ая)$/u, { genitive: 'заведующего', dative: 'заведующему' }],
  [/^(р|Р)уководитель$/u, { genitive: 'руководителя', dative: 'руководителю' }],
  [/^(и|И)сполняющ(ий|ая)$/u, { genitive: 'исполняющего', dative: 'исполняющему' }],
  [/^(н|Н)ачальник$/u, { genitive: 'начальника', dative: 'начальнику' }],
  [/^(р|Р)ектор$/u, { genitive: 'ректора', dative: 'ректору' }],
];

/** A head's position in the given case, declining its first word; lower-case unless `capital`. */
export function declinePosition(position: string, grammaticalCase: Case, capital = false): string {
  const [first = '', ...rest] = position.trim().split(/\s+/);
  const found = positionWords.find(([word]) => word.test(first));
  const head = found ? found[1][grammaticalCase] : first.toLowerCase();
  const words = [capital ? head.charAt(0).toUpperCase() + head.slice(1) : head, ...rest];
  return words.join(' ');
}
