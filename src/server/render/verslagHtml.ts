/** The verslag as one Teams channel message: Teams-safe HTML plus the @mentions it carries. */
import type { VerslagModel } from '../../domain/verslag';
import type { ChannelPost, Section } from './channelMessage';
import { writePost } from './channelMessage';
import type { VerslagRenderOptions } from './verslagSections';
import { closingSection, itemSection, overviewSections, titleSection } from './verslagSections';

/** Every section of the full verslag except the closing link and version marker. */
export function verslagBodySections(model: VerslagModel, opts: VerslagRenderOptions): Section[] {
  const mentions = opts.mentions ?? true;
  return [titleSection(model), ...model.items.map((item) => itemSection(item, mentions)), ...overviewSections(model)];
}

/**
 * The whole verslag as one channel message: title, aanwezigen, every agendapunt, the overview
 * tables, a link to the app and, last, `<p>Verslagversie: …</p>` by which the message is found again.
 */
export function renderVerslagHtml(model: VerslagModel, opts: VerslagRenderOptions): ChannelPost {
  return writePost([...verslagBodySections(model, opts), closingSection(model, opts)]);
}
