/** The collegebericht draft as a Word document, in the municipality's template (seed 003's layout by default). Pure. */
import { LONG_FIELDS, type CollegeberichtTemplate, type CollegeberichtValues } from '../../domain/collegebericht';
import { heading, labelled, packDocument, paragraph } from './docxParts';

export const collegeberichtFileName = (onderwerp: string): string =>
  `Collegebericht ${onderwerp
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .slice(0, 80)
    .trim()}.docx`;

export function renderCollegeberichtDocx(input: { organisatie: string; template: CollegeberichtTemplate; values: CollegeberichtValues }): Promise<Buffer> {
  const { template, values } = input;
  const head = template.fields.filter((f) => !LONG_FIELDS.includes(f.key));
  const body = template.fields.filter((f) => LONG_FIELDS.includes(f.key));
  return packDocument({
    organisatie: input.organisatie,
    title: template.heading,
    children: [
      heading(1, template.heading),
      ...head.map((f) => labelled(f.label, values[f.key])),
      ...body.flatMap((f) => [heading(2, f.label), paragraph(values[f.key] || '…')]),
      ...(template.closing.trim() ? [paragraph(template.closing)] : []),
    ],
  });
}
