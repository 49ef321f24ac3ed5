/**
 * A plan printed as the office prints it: the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I (header with the
 * agency and the national motto, number and date, title, body, "Nơi nhận" beside the signature, and the
 * task-assignment appendix on landscape pages), written as .docx with Apache POI and as PDF with Apache PDFBox and
 * the embedded Liberation Serif fonts. {@link vn.sgddt.kehoach.exchange.document.PlanDocumentModel} holds every
 * word that is printed; {@link vn.sgddt.kehoach.exchange.document.PlanDocuments} turns it into bytes.
 */
package vn.sgddt.kehoach.exchange.document;
