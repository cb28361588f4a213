import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { paperLines } from '../orders/paper-document.js';
import { renderPaperDocx } from '../orders/paper-docx.js';
import { consentKinds } from './consent-contract.js';
import { consentDocument, consentParagraphs } from './consent-document.js';

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
    const text = consentParagraphs({ ...base, kind: 'personal-data' })
      .join('\n')
      .replace(/\u00a0/g, ' ');
    for (const part of [
      base.org.fullName,
      base.org.address,
      base.person.fullName,
      'паспорт: серия',
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

  it('is addressed to the director in the dative and signed with the date of the record', () => {
    const lines = paperLines(consentDocument({ ...base, kind: 'mentor-role' })).map((l) => l.replace(/\u00a0/g, ' '));
    expect(lines.slice(0, 3)).toEqual(['Директору', base.org.fullName, 'А. Б. Кузнецовой']);
    expect(lines).toContain('на назначение наставником');
    expect(lines.join('\n')).toContain('статьёй 351.8 Трудового кодекса');
    expect(lines.join('\n')).toMatch(/01\.09\.2025 _+ \/ Орлова Д\. В\. \//);
  });

  it('leaves the date blank on a form to fill and offers every field to publish', () => {
    const lines = paperLines(consentDocument({ ...base, kind: 'publication', givenOn: null, fields: [] })).map((l) =>
      l.replace(/\u00a0/g, ' '),
    );
    const text = lines.join('\n');
    expect(text).toContain('«___» ____________ 20___ г.');
    expect(text).toContain('[   ] фамилия, имя, отчество');
    expect(text).toContain('] фотография');
    expect(text).not.toContain('01.09.2025');
  });

  it('lists the chosen fields of a recorded publication consent', () => {
    const text = paperLines(consentDocument({ ...base, kind: 'publication' })).join('\n');
    expect(text).toContain('следующих сведений обо мне: фамилия, имя, отчество; должность.');
    expect(text).not.toContain('[');
  });

  it('is A4 in Times New Roman 14 with margins 20/10/20/20 mm', async () => {
    const zip = await JSZip.loadAsync(await renderPaperDocx(consentDocument({ ...base, kind: 'mentor-role' })));
    const doc = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc).toMatch(/w:top="1134"[^>]*w:right="567"[^>]*w:bottom="1134"[^>]*w:left="1134"/);
    expect(styles).toContain('Times New Roman');
    expect(styles).toMatch(/<w:sz w:val="28"\/>/);
  });
});
