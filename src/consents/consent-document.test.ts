import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { consentKinds } from './consent-contract.js';
import { consentParagraphs, renderConsentDocx } from './consent-document.js';

const base = {
  org: {
    fullName: 'МАОУ «Средняя школа № 7»',
    address: '620000, г. Екатеринбург, ул. Ленина, д. 1',
    directorName: 'А. Б. Кузнецова',
    directorPosition: 'Директор',
  },
  person: { fullName: 'Орлова Дарья Викторовна', position: 'учитель английского языка' },
  givenOn: '2025-09-01',
  fields: ['fullName', 'position'],
  note: null,
};

describe('consent form', () => {
  it('names the operator, the subject, the purpose, the data, the actions, the term and the way to withdraw', () => {
    const text = consentParagraphs({ ...base, kind: 'personal-data' }).join('\n');
    for (const part of [
      base.org.fullName,
      base.org.address,
      base.person.fullName,
      'Цель обработки',
      'Перечень персональных данных',
      'Действия с персональными данными',
      'Срок действия согласия',
      'может быть отозвано',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('has words for every kind', () => {
    for (const kind of consentKinds) {
      expect(consentParagraphs({ ...base, kind }).join(' ')).toContain(base.person.fullName);
    }
  });

  it('is A4 in Times New Roman 14 with margins 20/10/20/20 mm', async () => {
    const zip = await JSZip.loadAsync(await renderConsentDocx({ ...base, kind: 'mentor-role' }));
    const doc = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc).toMatch(/w:top="1134"[^>]*w:right="567"[^>]*w:bottom="1134"[^>]*w:left="1134"/);
    expect(styles).toContain('Times New Roman');
    expect(styles).toMatch(/<w:sz w:val="28"\/>/);
  });
});
