/** The agenda block in the invite body: inserted once, replaced (never doubled), the rest kept. */
import { findAgendaBlocks, replaceAgendaBlock, teamsChatIdFromBody, wrapAgendaBlock } from '../../../src/client/outlook/agendaBlock';
import { AGENDA_END_MARKER, AGENDA_START_MARKER } from '../../../src/server/render/agendaHtml';

const agenda = (title: string): string => `${AGENDA_START_MARKER}\n<h2>Agenda ${title}</h2><div><table><tr><td>1</td></tr></table></div>\n${AGENDA_END_MARKER}`;
const TEAMS =
  '<div>________________<br>Microsoft Teams<br><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA4ZTI1%40thread.v2/0?context=%7b%22Tid%22%7d">Nu deelnemen</a></div>';
const count = (s: string, part: string): number => s.split(part).length - 1;

describe('the agenda block in the invite', () => {
  test('a first insert goes at the end of the body content, before </body>', () => {
    const body = `<html><body><p>Beste collega's,</p>${TEAMS}</body></html>`;
    const { body: out, replaced } = replaceAgendaBlock(body, wrapAgendaBlock(agenda('v1'), 'po-1'));
    expect(replaced).toBe(0);
    expect(out.startsWith(`<html><body><p>Beste collega's,</p>${TEAMS}<div id="po-overleg-agenda"`)).toBe(true);
    expect(out.endsWith('</div></body></html>')).toBe(true);
  });

  test('inserting again replaces the block: one agenda, the newest, everything around it kept', () => {
    const first = replaceAgendaBlock(`<p>Notitie</p>${TEAMS}`, wrapAgendaBlock(agenda('v1'), 'po-1')).body;
    const { body, replaced } = replaceAgendaBlock(`${first}<p>Na de agenda</p>`, wrapAgendaBlock(agenda('v2'), 'po-1'));
    expect(replaced).toBe(1);
    expect(count(body, AGENDA_START_MARKER)).toBe(1);
    expect(body).toContain('Agenda v2');
    expect(body).not.toContain('Agenda v1');
    expect(body).toBe(`<p>Notitie</p>${TEAMS}${wrapAgendaBlock(agenda('v2'), 'po-1')}<p>Na de agenda</p>`);
  });

  test('Outlook stripped the comments: the wrapper element (also with x_-prefixed id) is replaced, nested divs included', () => {
    const stripped = (html: string): string => html.replace(AGENDA_START_MARKER, '').replace(AGENDA_END_MARKER, '');
    const stored = `<p>a</p>${stripped(wrapAgendaBlock(agenda('v1'), 'po-1')).replace('id="po-overleg-agenda"', 'id="x_po-overleg-agenda"')}<p>b</p>`;
    const { body, replaced } = replaceAgendaBlock(stored, wrapAgendaBlock(agenda('v2'), 'po-1'));
    expect(replaced).toBe(1);
    expect(body).toBe(`<p>a</p>${wrapAgendaBlock(agenda('v2'), 'po-1')}<p>b</p>`);
  });

  test('Outlook dropped the wrapper but kept the comments: the block between the markers is replaced', () => {
    const { body, replaced } = replaceAgendaBlock(`<p>a</p>${agenda('v1')}<p>b</p>`, wrapAgendaBlock(agenda('v2'), 'po-1'));
    expect(replaced).toBe(1);
    expect(body).toBe(`<p>a</p>${wrapAgendaBlock(agenda('v2'), 'po-1')}<p>b</p>`);
  });

  test('a body that somehow holds two agendas ends up with one', () => {
    const twice = `<p>a</p>${wrapAgendaBlock(agenda('v1'), 'po-1')}<p>b</p>${agenda('v0')}<p>c</p>`;
    expect(findAgendaBlocks(twice)).toHaveLength(2);
    const { body } = replaceAgendaBlock(twice, wrapAgendaBlock(agenda('v2'), 'po-1'));
    expect(body).toBe(`<p>a</p>${wrapAgendaBlock(agenda('v2'), 'po-1')}<p>b</p><p>c</p>`);
  });

  test('the wrapper carries the PO id, escaped', () => {
    expect(wrapAgendaBlock('x', 'a"b')).toBe('<div id="po-overleg-agenda" data-po-overleg="agenda" data-po-id="a&quot;b">x</div>');
  });
});

describe('the Teams meeting of the invite', () => {
  test('the chat id comes from the join link', () => {
    expect(teamsChatIdFromBody(TEAMS)).toBe('19:meeting_NjA4ZTI1@thread.v2');
  });

  test('no Teams link, or a link of another kind: no chat id', () => {
    expect(teamsChatIdFromBody('<p>Geen vergaderlink</p>')).toBeNull();
    expect(teamsChatIdFromBody('<a href="https://teams.microsoft.com/meet/2345?p=abc">Deelnemen</a>')).toBeNull();
  });
});
