import type { VerslagModel } from '../../../src/domain/verslag';
import { chatMessageBody } from '../../../src/server/graph';
import type { ChannelPost } from '../../../src/server/render';
import {
  CHANNEL_MESSAGE_LIMIT_BYTES,
  MAX_THREAD_REPLIES,
  partMarker,
  planChannelPosts,
  planVerslagPosts,
  renderVerslagHtml,
  requestBytes,
  textToHtml,
} from '../../../src/server/render';
import { buildActiepunt, buildAgendapunt, buildBesluitpunt, buildMotie, buildPo, buildToezegging, IDS } from '../../factories/domain';
import { buildLargePo, buildMeetingPo, OPTS, SECRET, verslagOf } from './factory';
import { htmlText, isAscending, positions } from './helpers';

/** The size that counts: the request body Graph receives, as the Graph module writes it. */
const bytes = (post: ChannelPost): number => {
  const body = chatMessageBody({
    html: post.html,
    mentions: post.mentions.map((m) => ({ id: m.id, mentionText: m.mentionText, userId: m.mentioned.user.id, displayName: m.mentioned.user.displayName })),
  });
  return Buffer.byteLength(JSON.stringify(body), 'utf8');
};
const MARKER = `<p>Verslagversie: ${OPTS.versionId}</p>`;

/** Every text a person wrote in the verslag, in verslag order. */
function recordTexts(model: VerslagModel): string[] {
  return model.items.flatMap((item) =>
    item.vertrouwelijk
      ? []
      : [
          item.voorgesteldBesluit,
          item.bespreking,
          ...item.besluitpunten.map((b) => b.text),
          ...item.actiepunten.map((a) => a.text),
          ...item.toezeggingen.map((t) => t.text),
          ...item.moties.flatMap((m) => [m.text, m.afdoening]),
        ].filter((t) => t !== ''),
  );
}

/** Each `<at id>` in a post has exactly one mention with that id, numbered from 0. */
function expectConsistentMentions(post: ChannelPost): void {
  const ids = [...post.html.matchAll(/<at id="(\d+)">/g)].map((m) => Number(m[1]));
  expect(ids).toEqual(post.mentions.map((_, i) => i));
  expect(post.mentions.map((m) => m.id)).toEqual(ids);
}

describe('planChannelPosts', () => {
  it('posts a verslag that fits as one message without replies', () => {
    const model = verslagOf(buildMeetingPo());
    expect(planChannelPosts(model, OPTS)).toEqual({ main: renderVerslagHtml(model, OPTS), replies: [] });
  });

  describe('a 40-item verslag with long texts', () => {
    const model = verslagOf(buildLargePo(40, 1_500));
    const plan = planChannelPosts(model, OPTS);
    const replies = plan.replies.map((r) => r.html).join('');

    it('is too large for one message', () => {
      expect(bytes(renderVerslagHtml(model, OPTS))).toBeGreaterThan(3 * CHANNEL_MESSAGE_LIMIT_BYTES);
    });

    it('keeps the main post and every reply under the limit', () => {
      expect(plan.replies.length).toBeGreaterThan(3);
      for (const post of [plan.main, ...plan.replies]) expect(bytes(post)).toBeLessThanOrEqual(CHANNEL_MESSAGE_LIMIT_BYTES);
    });

    it('summarises in the main post: title, besluitpunten, counts, link and the version marker last', () => {
      const expected = [
        '<h1>Verslag PO wethouder Smeets</h1>',
        '<h2>Besluitpunten</h2>',
        'Actiepunten: 72 · Toezeggingen: 36 · Moties: 36',
        'Volledig verslag in PO-overleg',
      ];
      expect(isAscending(positions(plan.main.html, expected))).toBe(true);
      expect(plan.main.html.endsWith(MARKER)).toBe(true);
    });

    it('ends every reply with its own marker, "deel N van M", and has no other marker in the replies', () => {
      const total = plan.replies.length;
      plan.replies.forEach((reply, i) => {
        expect(reply.html.endsWith(`<p>${partMarker(OPTS.versionId, i + 1, total)}</p>`)).toBe(true);
        expect(reply.html.split('Verslagversie').length - 1).toBe(1);
      });
    });

    it('quotes besluitpunten in the main post and announces the ones that did not fit', () => {
      const total = model.items.reduce((n, item) => n + (item.vertrouwelijk ? 0 : item.besluitpunten.length), 0);
      const quoted = (plan.main.html.match(/<li>/g) ?? []).length;
      const announced = Number(/En nog (\d+) besluitpunt(?:en)?/.exec(plan.main.html)?.[1] ?? 0);
      expect(quoted).toBeGreaterThan(10);
      expect(quoted + announced).toBe(total);
    });

    it('loses nothing: every text of every public item is in the replies, in order', () => {
      const texts = recordTexts(model);
      expect(texts.length).toBeGreaterThan(36 * 8);
      const at = positions(replies, texts.map(textToHtml));
      expect(texts.filter((_, i) => at[i] === -1)).toEqual([]);
      expect(isAscending(at)).toBe(true);
    });

    it('carries every agendapunt in order and splits only between agendapunten', () => {
      expect(
        isAscending(
          positions(
            replies,
            model.items.map((item) => `<h2>${item.nummer}. `),
          ),
        ),
      ).toBe(true);
      for (const reply of plan.replies) expect(reply.html.startsWith('<h2>')).toBe(true);
      expect(replies).not.toContain('(vervolg)');
      expect(replies).toContain('<h2>Overzicht actiepunten</h2>');
    });

    it('never shows a confidential item beyond its number', () => {
      const confidential = model.items.filter((item) => item.vertrouwelijk);
      expect(confidential).toHaveLength(4);
      for (const item of confidential) expect(replies).toContain(`<h2>${item.nummer}. Vertrouwelijk</h2>`);
      for (const post of [plan.main, ...plan.replies]) {
        expect(post.html).not.toContain('vertrouwelijke zaak');
        expect(post.html).not.toContain('[i10-');
      }
    });

    it('numbers mentions from 0 in every post', () => {
      const withMentions = plan.replies.filter((r) => r.mentions.length > 0);
      expect(withMentions.length).toBeGreaterThan(1);
      [plan.main, ...plan.replies].forEach(expectConsistentMentions);
    });
  });

  describe('one agendapunt larger than a message', () => {
    const words = Array.from({ length: 9_000 }, (_, i) => `w${String(i).padStart(5, '0')}`);
    const ampersands = '&'.repeat(40_000);
    const po = buildMeetingPo();
    po.agendapunten = po.agendapunten.map((item) => (item.id === 'ap-woonvisie' ? { ...item, bespreking: words.join(' ') } : item));
    po.records = po.records.map((r) => {
      if (r.kind === 'motie' && r.id === 'mo-woon') return { ...r, text: ampersands, afdoening: words.slice(0, 4_000).join(' ') };
      if (r.kind === 'actiepunt' && r.id === 'act-woon') return { ...r, text: `Lang actiepunt ${words.join(' ')}` };
      if (r.kind === 'besluitpunt' && r.id === 'bp-woon') return { ...r, text: `Lang besluit ${words.slice(0, 1_000).join(' ')}` };
      return r;
    });
    const plan = planChannelPosts(verslagOf(po), OPTS);
    const posts = [plan.main, ...plan.replies];
    const text = htmlText(plan.replies.map((r) => r.html).join(''));

    it('keeps every post under the limit', () => {
      expect(plan.replies.length).toBeGreaterThan(5);
      for (const post of posts) expect(bytes(post)).toBeLessThanOrEqual(CHANNEL_MESSAGE_LIMIT_BYTES);
      posts.forEach(expectConsistentMentions);
    });

    it('continues the item under its heading and labels every continued part "(vervolg)"', () => {
      expect(plan.replies[1]?.html.startsWith('<h2>1. Woonvisie 2027-2035 (vervolg)</h2>')).toBe(true);
      expect(text).toContain('(vervolg) w0');
    });

    it('cuts no text silently: all words of the discussion follow each other across the replies', () => {
      let from = 0;
      const missing = words.filter((w) => {
        const at = text.indexOf(`${w}`, from);
        if (at === -1) return true;
        from = at;
        return false;
      });
      expect(missing).toEqual([]);
    });

    it('keeps every character of an escape-heavy text (in the item and in the overview table)', () => {
      expect(text.split('&').length - 1).toBe(2 * ampersands.length);
    });

    it('quotes the start of a long besluitpunt in the main post and points to the replies', () => {
      expect(plan.main.html).toContain('<strong>1. Woonvisie 2027-2035</strong>: Lang besluit w00000 w00001');
      expect(plan.main.html).toContain(' … <em>(volledige tekst in de reacties)</em>');
      expect(bytes(plan.main)).toBeLessThanOrEqual(CHANNEL_MESSAGE_LIMIT_BYTES);
    });

    it('still keeps the confidential item out', () => {
      for (const post of posts) for (const secret of Object.values(SECRET)) expect(htmlText(post.html)).not.toContain(secret);
    });
  });

  describe('random verslagen with texts from empty to far larger than a message', () => {
    /** A small deterministic generator (mulberry32), so a failure can be replayed. */
    const random =
      (seed: number): (() => number) =>
      () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };

    function randomPo(seed: number) {
      const next = random(seed);
      let textCount = 0;
      const separators = [' ', '\n', ' & ', ' 😀 ', ' "<b>" '];
      const text = (): string => {
        const t = textCount++;
        const words = Math.floor(next() ** 3 * 12_000);
        return Array.from({ length: words }, (_, w) => `[t${t}w${w}]${separators[Math.floor(next() * separators.length)]}`).join('');
      };
      const agendapunten = Array.from({ length: 6 }, (_, i) =>
        buildAgendapunt({ id: `ap-${i}`, position: i, title: `Punt ${i}`, purpose: 'besluitvorming', voorgesteldBesluit: text(), bespreking: text() }),
      );
      const records = agendapunten.flatMap((item) => {
        const on = { agendapuntId: item.id };
        return [
          buildBesluitpunt({ ...on, id: `${item.id}-bp`, text: text() }),
          buildActiepunt({ ...on, id: `${item.id}-act`, text: text() }),
          buildToezegging({ ...on, id: `${item.id}-tz`, text: text() }),
          buildMotie({ ...on, id: `${item.id}-mo`, text: text(), afdoening: text() }),
        ];
      });
      return buildPo({ agendapunten, records });
    }

    it.each([1, 2, 3, 4, 5, 6])('seed %i: every post fits, every word is there in order', (seed) => {
      const model = verslagOf(randomPo(seed));
      const plan = planChannelPosts(model, OPTS);
      for (const post of [plan.main, ...plan.replies]) expect(bytes(post)).toBeLessThanOrEqual(CHANNEL_MESSAGE_LIMIT_BYTES);
      [plan.main, ...plan.replies].forEach(expectConsistentMentions);
      const all = plan.replies.length ? htmlText(plan.replies.map((r) => r.html).join('')) : htmlText(plan.main.html);
      const words = recordTexts(model).flatMap((t) => t.match(/\[t\d+w\d+\]/g) ?? []);
      let from = 0;
      const missing = words.filter((w) => {
        const at = all.indexOf(w, from);
        if (at === -1) return true;
        from = at + w.length;
        return false;
      });
      expect(missing).toEqual([]);
    });
  });
});

describe('the size budget is the whole request body, mentions included', () => {
  /** One agendapunt with 30 actiepunten, each owned by a colleague who is @mentioned. */
  const mentionHeavy = (textChars: number) => {
    const po = buildMeetingPo();
    const owners = [IDS.opdrachtnemer, IDS.opdrachtnemer2, IDS.concernadviseur, IDS.deelnemer, IDS.adviseur];
    const extra = Array.from({ length: 30 }, (_, i) =>
      buildActiepunt({
        id: `act-m${i}`,
        agendapuntId: 'ap-woonvisie',
        text: `[m${i}] ${'Uitwerken en terugkoppelen. '.repeat(40)}`.slice(0, textChars),
        ownerId: owners[i % owners.length],
      }),
    );
    return verslagOf({ ...po, records: [...po.records, ...extra] });
  };
  // The smallest texts for which the HTML alone would fit in one message but the request body does not.
  const sizes = Array.from({ length: 80 }, (_, i) => 100 + 10 * i);
  const textChars = sizes.find((n) => {
    const whole = renderVerslagHtml(mentionHeavy(n), OPTS);
    return Buffer.byteLength(whole.html, 'utf8') <= CHANNEL_MESSAGE_LIMIT_BYTES && bytes(whole) > CHANNEL_MESSAGE_LIMIT_BYTES;
  });

  it('splits a verslag whose HTML fits but whose mentions make the body too large', () => {
    expect(textChars).toBeDefined();
    const plan = planChannelPosts(mentionHeavy(textChars ?? 0), OPTS);
    expect(plan.replies.length).toBeGreaterThan(0);
    const posts = [plan.main, ...plan.replies];
    for (const post of posts) expect(bytes(post)).toBeLessThanOrEqual(CHANNEL_MESSAGE_LIMIT_BYTES);
    // One reply carries the item with all its mentions: more than the 26 that overflowed before.
    expect(Math.max(...posts.map((p) => p.mentions.length))).toBeGreaterThanOrEqual(30);
    posts.forEach(expectConsistentMentions);
  });

  it('counts exactly what the Graph module sends', () => {
    const plan = planChannelPosts(mentionHeavy(textChars ?? 300), OPTS);
    const hostile = renderVerslagHtml(verslagOf(buildMeetingPo({ title: 'Back\\slash "quote" \t tab' })), OPTS);
    for (const post of [plan.main, ...plan.replies, hostile]) expect(requestBytes(post)).toBe(bytes(post));
  });
});

describe('planVerslagPosts: where the thread stops', () => {
  const FILE = 'https://velsen.sharepoint.com/sites/po/Gedeelde documenten/Verslag PO v1.docx';

  it('posts a verslag that fits as one message', () => {
    const plan = planVerslagPosts(verslagOf(buildMeetingPo()), { ...OPTS, fileUrl: FILE });
    expect(plan.form).toBe('bericht');
    expect(plan.replies).toEqual([]);
    expect(plan.main.html).toContain('Verslag als Word-document');
  });

  it(`keeps a thread of up to ${MAX_THREAD_REPLIES} replies`, () => {
    const model = verslagOf(buildLargePo(8, 1_500));
    const thread = planChannelPosts(model, { ...OPTS, fileUrl: FILE });
    expect(thread.replies).toHaveLength(MAX_THREAD_REPLIES);
    const plan = planVerslagPosts(model, { ...OPTS, fileUrl: FILE });
    expect(plan.form).toBe('draad');
    expect(plan.replies.map((r) => r.html)).toEqual(thread.replies.map((r) => r.html));
  });

  describe(`a verslag that needs more than ${MAX_THREAD_REPLIES} replies`, () => {
    const model = verslagOf(buildLargePo(40, 1_500));
    const plan = planVerslagPosts(model, { ...OPTS, fileUrl: FILE });

    it('is posted as the summary alone, pointing to the .docx', () => {
      expect(planChannelPosts(model, OPTS).replies.length).toBeGreaterThan(MAX_THREAD_REPLIES);
      expect(plan.form).toBe('samenvatting');
      expect(plan.replies).toEqual([]);
      expect(bytes(plan.main)).toBeLessThanOrEqual(CHANNEL_MESSAGE_LIMIT_BYTES);
      const expected = [
        '<h1>Verslag PO wethouder Smeets</h1>',
        'het volledige verslag, met alle agendapunten, staat in het Word-document hieronder',
        '<h2>Besluitpunten</h2>',
        'Actiepunten: 72',
        `<a href="${FILE.replace(/ /g, '%20')}">Verslag als Word-document</a>`,
        'Volledig verslag in PO-overleg',
      ];
      expect(isAscending(positions(plan.main.html, expected))).toBe(true);
      expect(plan.main.html.endsWith(MARKER)).toBe(true);
      expect(plan.main.html).not.toContain('reacties');
    });

    it('quotes or announces every public besluitpunt', () => {
      const total = model.items.reduce((n, item) => n + (item.vertrouwelijk ? 0 : item.besluitpunten.length), 0);
      const quoted = (plan.main.html.match(/<li>/g) ?? []).length;
      const announced = Number(/En nog (\d+) besluitpunt(?:en)?: zie het Word-document/.exec(plan.main.html)?.[1] ?? 0);
      expect(quoted + announced).toBe(total);
    });

    it('is posted as the whole thread when there is no .docx to point to', () => {
      const thread = planVerslagPosts(model, OPTS);
      expect(thread.form).toBe('draad');
      expect(thread.replies.length).toBeGreaterThan(MAX_THREAD_REPLIES);
    });
  });
});
