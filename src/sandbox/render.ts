/**
 * HTML of the sandbox's channel page: posted messages as Teams shows them, replies threaded
 * beneath. The message HTML comes from the app, which escapes it; the sandbox still removes
 * scripts, event handlers and `javascript:` links, and the page's CSP blocks inline scripts
 * other than its own.
 */
import type { ChatMessage } from '@microsoft/microsoft-graph-types';
import type { ChannelView } from './state';
import { TIME_ZONE } from '../shared/amsterdam';
import { escapeHtml } from '../shared/html';

/** Defensive clean-up of message HTML (not a full sanitiser: the CSP is the second line). */
export function stripDangerousHtml(html: string): string {
  return html
    .replace(/<(script|style|iframe|object|embed|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/?(script|style|iframe|object|embed|template|link|meta|base|form)\b[^>]*>/gi, '')
    .replace(/\s(on[a-z]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/(href|src|xlink:href|action|formaction)\s*=\s*(["']?)\s*(javascript|vbscript|data):[^"'\s>]*\2/gi, '$1="#"');
}

const timeFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' });

function renderBody(message: ChatMessage): string {
  const content = message.body?.content ?? '';
  if (message.body?.contentType !== 'html') return `<p>${escapeHtml(content).replace(/\n/g, '<br>')}</p>`;
  const attachments = new Map((message.attachments ?? []).map((a) => [a.id ?? '', a]));
  return stripDangerousHtml(content)
    .replace(/<at\s+id=["']?\d+["']?\s*>([\s\S]*?)<\/at>/gi, '<span class="mention">$1</span>')
    .replace(/<attachment\s+id=["']([^"']+)["']\s*>\s*<\/attachment>/gi, (_m, id: string) => {
      const a = attachments.get(id);
      if (!a) return '';
      const name = escapeHtml(a.name ?? 'bijlage');
      const url = a.contentUrl ? escapeHtml(a.contentUrl) : '';
      return url ? `<p class="attachment">Bijlage: <a href="${url}">${name}</a></p>` : `<p class="attachment">Bijlage: ${name}</p>`;
    });
}

function renderMessage(message: ChatMessage, level: 'post' | 'reply'): string {
  const sender = escapeHtml(message.from?.user?.displayName ?? message.from?.application?.displayName ?? 'Onbekend');
  const created = message.createdDateTime ?? '';
  const when = created ? timeFormat.format(new Date(created)) : '';
  const heading = level === 'post' ? 'h3' : 'h5';
  const subject = message.subject ? `<p class="subject">${escapeHtml(message.subject)}</p>` : '';
  return `<${heading} class="sender">${sender} <span class="time"><time datetime="${escapeHtml(created)}">${when}</time></span></${heading}>
${subject}<div class="body">${renderBody(message)}</div>`;
}

/** The list of messages with their threads; the part the page refreshes. */
export function renderMessages(channel: ChannelView | undefined): string {
  if (!channel || channel.messages.length === 0) {
    return '<p class="empty">Nog geen berichten in dit kanaal. Publiceer een verslag vanuit PO-overleg om het hier te zien.</p>';
  }
  return channel.messages
    .map((m) => {
      const replies = channel.replies.get(m.id ?? '') ?? [];
      const thread = replies.length
        ? `<section class="replies" aria-labelledby="antw-${m.id}"><h4 id="antw-${m.id}">${replies.length} ${replies.length === 1 ? 'antwoord' : 'antwoorden'}</h4>
${replies.map((r) => `<article class="reply" id="bericht-${r.id}">${renderMessage(r, 'reply')}</article>`).join('\n')}</section>`
        : '';
      return `<article class="post" id="bericht-${m.id}">${renderMessage(m, 'post')}${thread}</article>`;
    })
    .join('\n');
}

/** A version stamp: changes whenever a message or reply is added. */
export function channelVersion(channel: ChannelView | undefined): string {
  if (!channel) return '0';
  const replies = [...channel.replies.values()].reduce((n, r) => n + r.length, 0);
  return `${channel.messages.length}-${replies}-${channel.lastActivity}`;
}

const STYLE = `
:root{color-scheme:light;font-family:"Segoe UI",system-ui,-apple-system,sans-serif;color:#242424;background:#f5f5f5}
body{margin:0}
a{color:#4f52b2}a:focus-visible,button:focus-visible{outline:3px solid #242424;outline-offset:2px}
.bar{background:#464775;color:#fff;padding:.5rem 1.25rem;display:flex;gap:1.5rem;align-items:center;flex-wrap:wrap}
.bar a{color:#fff}.bar p{margin:0;font-weight:600}.bar ul{list-style:none;margin:0;padding:0;display:flex;gap:1rem;flex-wrap:wrap}
main{max-width:60rem;margin:0 auto;padding:1rem 1.25rem 3rem}
h1{font-size:1.5rem;margin:.5rem 0}
.meta{color:#424242;display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
button{font:inherit;padding:.25rem .75rem;border:1px solid #616161;border-radius:4px;background:#fff;color:#242424;cursor:pointer}
.post{background:#fff;border:1px solid #d1d1d1;border-left:4px solid #464775;border-radius:4px;padding:.75rem 1rem;margin:1rem 0}
.sender{font-size:1rem;margin:0 0 .25rem}.reply .sender{font-size:.95rem}
.time{font-weight:400;color:#424242;font-size:.875rem;margin-left:.5rem}
.subject{font-weight:600;font-size:1.125rem;margin:.25rem 0}
.body{line-height:1.5;overflow-wrap:anywhere}.body table{border-collapse:collapse}.body td,.body th{border:1px solid #d1d1d1;padding:.25rem .5rem;text-align:left}
.mention{color:#4f52b2;font-weight:600}.attachment{background:#f0f0f0;padding:.5rem;border-radius:4px}
.replies{border-top:1px solid #e0e0e0;margin-top:.75rem;padding-top:.5rem}.replies h4{font-size:.875rem;margin:0 0 .5rem;color:#424242}
.reply{background:#fafafa;border-radius:4px;padding:.5rem .75rem;margin:.5rem 0 .5rem 1rem}
.empty{background:#fff;padding:1rem;border-radius:4px}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
`;

const SCRIPT = `(function(){var paused=false,version=document.body.dataset.version;var b=document.getElementById('pauze'),s=document.getElementById('status');
b.addEventListener('click',function(){paused=!paused;b.setAttribute('aria-pressed',String(paused));b.textContent=paused?'Verversen hervatten':'Verversen pauzeren';});
setInterval(function(){if(paused||document.hidden)return;var u=new URL(location.href);u.searchParams.set('fragment','1');
fetch(u,{cache:'no-store'}).then(function(r){var v=r.headers.get('x-sandbox-version');return r.text().then(function(h){if(v&&v!==version){version=v;document.getElementById('berichten').innerHTML=h;s.textContent='Nieuwe berichten geladen.';}});}).catch(function(){});},4000);})();`;

export interface PageInput {
  channel: ChannelView | undefined;
  teamId: string;
  channelId: string;
  others: { teamId: string; channelId: string; href: string }[];
  nonce: string;
}

export function renderPage({ channel, teamId, channelId, others, nonce }: PageInput): string {
  const count = channel?.messages.length ?? 0;
  const nav = others.length
    ? `<nav aria-label="Kanalen"><ul>${others.map((o) => `<li><a href="${escapeHtml(o.href)}">${escapeHtml(o.channelId)}</a></li>`).join('')}</ul></nav>`
    : '';
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Graph-sandbox: kanaal ${escapeHtml(channelId)}</title><style nonce="${nonce}">${STYLE}</style></head>
<body data-version="${escapeHtml(channelVersion(channel))}">
<header class="bar"><p>Graph-sandbox <span class="sr-only">(lokale nabootsing van Microsoft Teams, geen echte gegevens)</span></p>${nav}<p><a href="/activiteit">Activiteitenfeed</a></p></header>
<main>
<h1>Graph-sandbox: kanaal ${escapeHtml(channelId)}</h1>
<p class="meta"><span>Team: ${escapeHtml(teamId)}</span><span>${count} ${count === 1 ? 'bericht' : 'berichten'}</span>
<span>Ververst elke paar seconden.</span><button id="pauze" type="button" aria-pressed="false">Verversen pauzeren</button></p>
<p id="status" class="sr-only" role="status" aria-live="polite"></p>
<h2 class="sr-only">Berichten</h2>
<div id="berichten">${renderMessages(channel)}</div>
</main>
<script nonce="${nonce}">${SCRIPT}</script>
</body></html>`;
}
