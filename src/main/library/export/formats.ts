/** The export formats, in a module of their own so that naming them loads none of the writers. */
export const EXPORT_FORMATS = ['md', 'pdf', 'docx', 'anki', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
