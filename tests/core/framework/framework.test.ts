import { expect } from '@open-wc/testing';
import {
  bandOf,
  isSelfReading,
  labelIn,
  labelOf,
  nextworkFramework,
  nextworkPromptSet,
  resolveFramework,
  roleLabel,
  seriesIdsOf,
} from '../../../src/core/index.js';
import { parseFramework, parsePromptSet } from '../checked-core.js';
import { craftFramework } from '../other-framework.js';

describe('framework helpers', () => {
  it('resolveFramework: by id, by object, nextwork by default', () => {
    expect(resolveFramework('nextwork')).to.equal(nextworkFramework);
    expect(resolveFramework(undefined)).to.equal(nextworkFramework);
    expect(resolveFramework('unknown')).to.equal(undefined);
  });

  it('bandOf: rounds the score to two decimals before it finds the band', () => {
    const band = (score: number) => bandOf(nextworkFramework, 'resilience-self-report', score)?.id;
    expect([band(1), band(2.99), band(2.994), band(3), band(4.3), band(4.3333), band(5)]).to.deep.equal([
      'low',
      'low',
      'low',
      'normal',
      'normal',
      'high',
      'high',
    ]);
  });

  it('labelOf and roleLabel: by locale, falling back to English, then Danish', () => {
    expect(labelOf({ da: 'Initiativ', en: 'Initiative' }, 'da-DK')).to.equal('Initiativ');
    expect(labelOf({ da: 'Initiativ', en: 'Initiative' }, 'de')).to.equal('Initiative');
    expect(labelOf({ da: 'Initiativ', en: 'Initiative', de: 'Initiative (de)' }, 'de-AT')).to.equal(
      'Initiative (de)',
    );
    expect(roleLabel(nextworkFramework, 'counsellor', 'da')).to.equal('Ungevejleder');
    expect(roleLabel(nextworkFramework, 'company', 'en')).to.equal('Company');
  });

  it("parseFramework accepts another programme's framework", () => {
    const result = parseFramework(craftFramework);
    expect(result.ok).to.equal(true);
    expect(result.ok && seriesIdsOf(result.data)).to.deep.equal([
      'teamwork',
      'readiness',
      'site-log.attendance',
      'site-log.teamwork',
      'site-log.craft',
    ]);
  });

  it('parseFramework checks changeWindow: whole numbers of periods from 1 to 104, in plain words', () => {
    const windowed = {
      ...structuredClone(craftFramework),
      changeWindow: { week: 0, month: 2.5, 'half-year': 2 },
    };
    const result = parseFramework(windowed, { locale: 'da' });
    expect(!result.ok && result.issues.map((issue) => [issue.path.join('.'), issue.message])).to.deep.equal([
      ['changeWindow.week', 'Skal være et helt antal perioder fra 1 til 104.'],
      ['changeWindow.month', 'Skal være et helt antal perioder fra 1 til 104.'],
    ]);
    const fine = parseFramework({ ...structuredClone(craftFramework), changeWindow: { week: 6 } });
    expect(fine.ok && fine.data.changeWindow).to.deep.equal({ week: 6 });
  });
});

describe('labels in any language', () => {
  it('labelOf(text, locale): the language, else English, else Danish, else the first given', () => {
    expect(labelOf({ da: 'Initiativ', en: 'Initiative' }, 'da-DK')).to.equal('Initiativ');
    expect(labelOf({ da: 'Initiativ', en: 'Initiative' }, 'so')).to.equal('Initiative');
    expect(labelOf({ da: 'Initiativ', so: 'Hindise' }, 'pl')).to.equal('Initiativ');
    expect(labelOf({ so: 'Hindise' }, 'da')).to.equal('Hindise');
  });

  it('labelIn(text, locale): the language or nothing, so a second line is never a third language', () => {
    expect(labelIn({ da: 'Initiativ', ar: 'المبادرة' }, 'ar-SY')).to.equal('المبادرة');
    expect(labelIn({ da: 'Initiativ', en: 'Initiative' }, 'uk')).to.equal(undefined);
  });

  it('a prompt set or a label may be in any languages, but in one at least', () => {
    const set = {
      id: 'somali',
      label: { so: 'Wada-hadal' },
      prompts: [{ id: 'a', text: { so: 'Sidee tahay?' } }],
    };
    expect(parsePromptSet(set, { locale: 'da' }).ok).to.equal(true);
    const empty = parsePromptSet({ ...set, label: {} }, { locale: 'en' });
    expect(empty.ok ? [] : empty.issues.map((i) => [i.path, i.message])).to.deep.equal([
      [['label'], 'Should have the text in at least one language, e.g. { "en": "…" }.'],
    ]);
    const badKey = parsePromptSet({ ...set, label: { 'Somali!': 'x' } }, { locale: 'da' });
    expect(badKey.ok ? [] : badKey.issues.map((i) => [i.path, i.message])).to.deep.equal([
      [['label', 'Somali!'], 'Skal være en sprogkode som da, en, ar eller uk.'],
    ]);
  });

  it('the nextwork prompts and every area a conversation chooses are in Arabic and Ukrainian', () => {
    for (const prompt of nextworkPromptSet.prompts) {
      expect(labelIn(prompt.text, 'ar'), prompt.id).to.match(/[\u0600-\u06ff]/);
      expect(labelIn(prompt.text, 'uk'), prompt.id).to.match(/[\u0400-\u04ff]/);
    }
    const areas = [
      ...nextworkFramework.traits,
      ...nextworkFramework.dimensions,
      // The young person's own readings (self-weekly) are no area a conversation chooses.
      ...nextworkFramework.instruments.flatMap((i) =>
        i.items.filter(
          (item) =>
            item.kind === 'rating' &&
            !/^r\d$/.test(item.id) &&
            !isSelfReading(nextworkFramework, `${i.id}.${item.id}`),
        ),
      ),
    ];
    for (const area of areas) {
      expect(labelIn(area.label, 'ar'), area.id).to.match(/[\u0600-\u06ff]/);
      expect(labelIn(area.label, 'uk'), area.id).to.match(/[\u0400-\u04ff]/);
    }
  });
});
