/** The export formats; declared with the domain types so the IPC contract names the same list. */
export { EXPORT_FORMATS, type ExportFormat } from '../../../shared/domain';
