/**
 * Structural checks of the XML add-in manifest, offline (no XSD validator is installed and the
 * official XML validator is an online service): well-formed XML, the elements Outlook needs in
 * the order the schema sets, and ids, URLs, labels and version consistent with the unified manifest.
 */
import type { AddinFacts } from './unified';
import { xmlVersionOf } from './render';
import { at, child, childrenOf, descendants, NS, parseXml, text, xsiType, type XmlElement } from './xml';

/** The MailApp sequence of OfficeApp's children (OfficeApp XSD 1.1); `?` marks optional ones. */
const OFFICE_APP_SEQUENCE = ['Id', 'AlternateId?', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl?', 'SupportUrl?', 'AppDomains?', 'Hosts', 'Requirements', 'FormSettings', 'Permissions', 'Rule', 'DisableEntityHighlighting?', 'VersionOverrides'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RESOURCE_LIMITS: Record<string, number> = { ShortStrings: 125, LongStrings: 250 };

function sequenceProblems(root: XmlElement): string[] {
  const problems: string[] = [];
  const order = OFFICE_APP_SEQUENCE.map((e) => e.replace('?', ''));
  const names = root.children.map((c) => c.local);
  for (const entry of OFFICE_APP_SEQUENCE) {
    if (!entry.endsWith('?') && !names.includes(entry)) problems.push(`OfficeApp mist <${entry}>`);
  }
  let last = -1;
  for (const name of names) {
    const index = order.indexOf(name);
    if (index === -1) problems.push(`onverwacht element <${name}> in OfficeApp`);
    else if (index < last) problems.push(`<${name}> hoort vóór <${order[last]}> te staan (volgorde van het schema)`);
    else last = index;
  }
  return problems;
}

/** Resource ids by kind, and problems with them (duplicates, too long, not https). */
function resources(overrides: XmlElement | undefined, problems: string[]): Map<string, { kind: string; value: string }> {
  const found = new Map<string, { kind: string; value: string }>();
  const res = child(overrides, 'Resources');
  if (!res) problems.push('VersionOverrides 1.1 mist <Resources>');
  for (const group of res?.children ?? []) {
    for (const item of group.children) {
      const id = item.attrs.id ?? '';
      const value = item.attrs.DefaultValue ?? '';
      if (found.has(id)) problems.push(`resource-id ${id} staat er twee keer in`);
      if (id.length === 0 || id.length > 32) problems.push(`resource-id "${id}" moet 1 tot 32 tekens zijn`);
      const limit = RESOURCE_LIMITS[group.local];
      if (limit && value.length > limit) problems.push(`${group.local} ${id} is langer dan ${limit} tekens`);
      if ((group.local === 'Images' || group.local === 'Urls') && !value.startsWith('https://')) problems.push(`${id} is geen https-adres: ${value}`);
      found.set(id, { kind: group.local, value });
    }
  }
  return found;
}

/** Every problem with the XML manifest against the unified manifest's facts; empty when it holds. */
export function xmlProblems(xml: string, facts: AddinFacts): string[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    return [`geen goed gevormde XML: ${e instanceof Error ? e.message : String(e)}`];
  }
  const problems: string[] = [];
  const expect = (ok: boolean, message: string): void => { if (!ok) problems.push(message); };
  expect(root.local === 'OfficeApp' && root.uri === NS.officeApp, `het hoofdelement moet OfficeApp in ${NS.officeApp} zijn`);
  expect(xsiType(root) === 'MailApp', 'OfficeApp moet xsi:type="MailApp" hebben');
  problems.push(...sequenceProblems(root));

  const id = text(child(root, 'Id'));
  expect(GUID.test(id), `<Id> moet een GUID zijn (nu "${id}")`);
  expect(id === facts.id, `<Id> ${id} verschilt van het id van het unified manifest ${facts.id}`);
  const version = text(child(root, 'Version'));
  expect(/^\d+\.\d+\.\d+\.\d+$/.test(version), `<Version> moet vier delen hebben (nu "${version}")`);
  expect(version === xmlVersionOf(facts.version), `<Version> ${version} hoort bij versie ${facts.version} van het unified manifest: ${xmlVersionOf(facts.version)}`);
  for (const el of ['DisplayName', 'Description', 'IconUrl']) expect(Boolean(child(root, el)?.attrs.DefaultValue), `<${el}> mist DefaultValue`);
  for (const el of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    const url = child(root, el)?.attrs.DefaultValue;
    if (url) expect(url.startsWith('https://'), `<${el}> moet https zijn`);
  }
  expect(childrenOf(child(root, 'Hosts'), 'Host').some((h) => h.attrs.Name === 'Mailbox'), '<Hosts> mist <Host Name="Mailbox"/>');
  const set = at(root, 'Requirements', 'Sets', 'Set');
  expect(set?.attrs.Name === 'Mailbox' && set.attrs.MinVersion === facts.mailboxMinVersion, `<Requirements> moet Mailbox ${facts.mailboxMinVersion} vragen`);
  const form = childrenOf(child(root, 'FormSettings'), 'Form').find((f) => xsiType(f) === 'ItemEdit');
  expect(at(form, 'DesktopSettings', 'SourceLocation')?.attrs.DefaultValue === facts.page, `<FormSettings> ItemEdit moet ${facts.page} laden`);
  expect(text(child(root, 'Permissions')) === 'ReadWriteItem', '<Permissions> moet ReadWriteItem zijn (body en bijlagen van de afspraak schrijven)');
  const rule = child(root, 'Rule');
  const rules = rule ? [rule, ...descendants(rule, 'Rule')] : [];
  expect(rules.some((r) => xsiType(r) === 'ItemIs' && r.attrs.ItemType === 'Appointment' && r.attrs.FormType === 'Edit'), '<Rule> moet ItemIs Appointment Edit bevatten');

  const v10 = child(root, 'VersionOverrides');
  expect(v10?.uri === NS.overrides10 && xsiType(v10) === 'VersionOverridesV1_0', 'VersionOverrides 1.0 ontbreekt');
  const v11 = child(v10, 'VersionOverrides');
  expect(v11?.uri === NS.overrides11 && xsiType(v11) === 'VersionOverridesV1_1', 'VersionOverrides 1.1 (binnen 1.0) ontbreekt');
  const sets = at(v11, 'Requirements', 'Sets');
  expect(sets?.uri === NS.bt && sets.attrs.DefaultMinVersion === facts.mailboxMinVersion && child(sets, 'Set')?.attrs.Name === 'Mailbox',
    `VersionOverrides 1.1 moet Mailbox ${facts.mailboxMinVersion} vragen`);
  const host = childrenOf(child(v11, 'Hosts'), 'Host').find((h) => xsiType(h) === 'MailHost');
  expect(Boolean(host), 'VersionOverrides 1.1 mist <Host xsi:type="MailHost">');
  const point = childrenOf(child(host, 'DesktopFormFactor'), 'ExtensionPoint').find((e) => xsiType(e) === 'AppointmentOrganizerCommandSurface');
  expect(Boolean(point), 'DesktopFormFactor mist ExtensionPoint AppointmentOrganizerCommandSurface');
  const tab = child(point, 'OfficeTab');
  expect(tab?.attrs.id === facts.builtInTabId, `OfficeTab moet id ${facts.builtInTabId} hebben, zoals het unified manifest`);
  const group = child(tab, 'Group');
  expect(group?.attrs.id === facts.group.id, `Group moet id ${facts.group.id} hebben, zoals het unified manifest`);
  const control = childrenOf(group, 'Control').find((c) => xsiType(c) === 'Button');
  expect(control?.attrs.id === facts.control.id, `de knop moet id ${facts.control.id} hebben, zoals het unified manifest`);
  const action = child(control, 'Action');
  expect(action !== undefined && xsiType(action) === 'ShowTaskpane', 'de knop moet een taakvenster openen (Action ShowTaskpane)');

  const res = resources(v11, problems);
  const valueOf = (el: XmlElement | undefined, kind: string, what: string): string => {
    const resid = el?.attrs.resid ?? '';
    const found = res.get(resid);
    if (!found || found.kind !== kind) problems.push(`${what} verwijst naar onbekende ${kind}-resource "${resid}"`);
    return found?.value ?? '';
  };
  expect(valueOf(child(group, 'Label'), 'ShortStrings', 'Group Label') === facts.group.label, `het groeplabel moet "${facts.group.label}" zijn`);
  expect(valueOf(child(control, 'Label'), 'ShortStrings', 'Button Label') === facts.control.label, `het knoplabel moet "${facts.control.label}" zijn`);
  expect(valueOf(at(control, 'Supertip', 'Title'), 'ShortStrings', 'Supertip Title') === facts.control.supertipTitle, 'de supertip-titel verschilt van het unified manifest');
  valueOf(at(control, 'Supertip', 'Description'), 'LongStrings', 'Supertip Description');
  expect(valueOf(child(action, 'SourceLocation'), 'Urls', 'SourceLocation') === facts.page, `het taakvenster moet ${facts.page} laden, zoals het unified manifest`);
  const images = childrenOf(child(control, 'Icon'), 'Image');
  for (const [size, url] of Object.entries(facts.icons)) {
    const image = images.find((i) => i.attrs.size === size);
    expect(Boolean(image) && valueOf(image, 'Images', `Icon ${size}`) === url, `het pictogram van ${size} pixels moet ${url} zijn, zoals het unified manifest`);
  }
  const web = child(v11, 'WebApplicationInfo');
  expect(text(child(web, 'Id')) === facts.webApp.id && text(child(web, 'Resource')) === facts.webApp.resource,
    'WebApplicationInfo (Id, Resource) verschilt van webApplicationInfo in het unified manifest');
  const ids = descendants(root, 'Control').map((c) => c.attrs.id);
  expect(new Set(ids).size === ids.length, 'knop-ids moeten uniek zijn');
  return problems;
}
