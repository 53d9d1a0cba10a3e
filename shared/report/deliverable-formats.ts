/** The client formats besides the PDF and HTML, chosen by the file's extension. */
export const DELIVERABLE_FORMATS = ['pptx', 'xlsx', 'docx'] as const
export type DeliverableFormat = (typeof DELIVERABLE_FORMATS)[number]
