package vn.sgddt.kehoach.exchange.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * A plan as a document in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I: as Word, to edit or file, and as PDF,
 * to read, sign and send. Both print the same {@link PlanDocumentModel}, built with
 * {@link PlanDocumentModel#of PlanDocumentModel.of(plan, agency, unitName, draft)}.
 */
@Component
public class PlanDocuments {

    public static final String DOCX_MEDIA_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF_MEDIA_TYPE = "application/pdf";

    private final DocxWriter docx;
    private final PdfWriter pdf;

    public PlanDocuments() {
        DocumentFonts fonts = new DocumentFonts();
        this.docx = new DocxWriter(fonts);
        this.pdf = new PdfWriter(fonts);
    }

    /** The .docx: Times New Roman, A4 portrait body, the appendix in its own landscape section. */
    public byte[] docx(PlanDocumentModel model) {
        try {
            return docx.write(model);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the plan as .docx", e);
        }
    }

    /** The PDF: Liberation Serif (the metrics of Times New Roman) embedded, the appendix on landscape pages. */
    public byte[] pdf(PlanDocumentModel model) {
        try {
            return pdf.write(model);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the plan as PDF", e);
        }
    }

    /** The PDF to be signed, and where on it the number, the date, the signature and the seal go. */
    public record PdfToSign(byte[] pdf, SigningLayout layout) {
    }

    /** {@link #pdf} with the layout the signing and the clerk's stamp need. */
    public PdfToSign pdfToSign(PlanDocumentModel model) {
        try {
            PdfWriter.Rendered rendered = pdf.render(model);
            return new PdfToSign(rendered.bytes(), rendered.layout());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the plan as PDF", e);
        }
    }
}
