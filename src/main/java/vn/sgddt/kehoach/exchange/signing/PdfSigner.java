package vn.sgddt.kehoach.exchange.signing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.springframework.stereotype.Component;

/**
 * Signs PDFs with PAdES baseline signatures ({@code ETSI.CAdES.detached}) and writes on signed PDFs, always as
 * incremental updates: the bytes an earlier signature covers stay as they are, so the official signs first, the
 * clerk then writes the number and date, and the agency's seal signs last, each signature still verifying.
 */
@Component
public class PdfSigner {

    static final String FONT_RESOURCE = "/fonts/LiberationSerif-Regular.ttf";

    // room for the CMS: a chain of three RSA certificates and the signature take about 6 KB
    private static final int SIGNATURE_SIZE = 12 * 1024;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final float PADDING = 4;
    private static final float MAX_FONT_SIZE = 9;
    private static final float LEADING = 1.25f;

    private final Clock clock;

    PdfSigner(Clock clock) {
        this.clock = clock;
    }

    /**
     * Adds a signature as an incremental update. The signing time is now by the clock; with an appearance, the
     * signature shows as a framed block whose last line is that time, without one it is invisible.
     *
     * @return the PDF with the signature appended
     */
    public byte[] sign(byte[] pdf, KeyMaterial key, SignatureAppearance appearance) {
        Objects.requireNonNull(key, "key");
        ZonedDateTime now = ZonedDateTime.now(clock);
        try (PDDocument document = load(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(key.signerName());
            signature.setSignDate(GregorianCalendar.from(now));
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            if (appearance != null) {
                PDPage page = page(document, appearance.pageIndex());
                List<String> lines = new ArrayList<>(appearance.lines());
                lines.add("Thời gian: " + TIME.format(now));
                options.setVisualSignature(appearanceTemplate(page, appearance, lines));
                options.setPage(appearance.pageIndex());
            }
            document.addSignature(signature, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE + 65_536);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            external.setSignature(PadesCms.sign(external.getContent().readAllBytes(), key));
            return out.toByteArray();
        } catch (IOException e) {
            throw new SigningException("the PDF cannot be signed: " + e.getMessage(), e);
        }
    }

    /**
     * Writes one line of text on a page as an incremental update, for the number and date a plan receives after
     * the official signed it. Signatures already in the PDF keep verifying for the bytes they cover.
     *
     * @param x left of the text, in points from the left of the page
     * @param y baseline of the text, in points from the bottom of the page
     */
    public byte[] stampIncrementally(byte[] pdf, int pageIndex, float x, float y, String text, float fontSize) {
        return stampIncrementally(pdf, List.of(new TextStamp(pageIndex, x, y, text, fontSize)));
    }

    /** Writes several pieces of text in one incremental update, so the clerk's writing is one revision. */
    public byte[] stampIncrementally(byte[] pdf, List<TextStamp> stamps) {
        if (stamps == null || stamps.isEmpty()) {
            throw new IllegalArgumentException("nothing to stamp");
        }
        try (PDDocument document = load(pdf)) {
            PDType0Font font = font(document);
            for (TextStamp stamp : stamps) {
                PDPage page = page(document, stamp.pageIndex());
                try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.APPEND, true,
                        true)) {
                    content.beginText();
                    content.setFont(font, stamp.fontSize());
                    content.newLineAtOffset(stamp.x(), stamp.y());
                    content.showText(Normalizer.normalize(stamp.text(), Normalizer.Form.NFC));
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 65_536);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new SigningException("the PDF cannot be stamped: " + e.getMessage(), e);
        }
    }

    /**
     * One line of text to write on a signed PDF.
     *
     * @param x left of the text, in points from the left of the page
     * @param y baseline of the text, in points from the bottom of the page
     */
    public record TextStamp(int pageIndex, float x, float y, String text, float fontSize) {

        public TextStamp {
            if (text == null || text.isBlank() || fontSize <= 0) {
                throw new IllegalArgumentException("a stamp needs text and a positive font size");
            }
        }
    }

    private static PDDocument load(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new IllegalArgumentException("no PDF given");
        }
        PDDocument document;
        try {
            document = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new SigningException("not a readable PDF: " + e.getMessage(), e);
        }
        if (document.isEncrypted()) {
            closeQuietly(document);
            throw new SigningException("an encrypted PDF is not signed or stamped here");
        }
        return document;
    }

    private static PDPage page(PDDocument document, int pageIndex) {
        if (pageIndex < 0 || pageIndex >= document.getNumberOfPages()) {
            throw new IllegalArgumentException("page " + pageIndex + " is not in a PDF of "
                    + document.getNumberOfPages() + " pages");
        }
        return document.getPage(pageIndex);
    }

    /**
     * The visible block, drawn in a one-page document from which PDFBox copies the widget's rectangle and
     * appearance into the signed document. Pages are assumed upright (plans are portrait A4, not rotated).
     */
    private static InputStream appearanceTemplate(PDPage target, SignatureAppearance appearance, List<String> lines)
            throws IOException {
        try (PDDocument template = new PDDocument()) {
            template.addPage(new PDPage(target.getMediaBox()));
            PDAcroForm acroForm = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(acroForm);
            PDSignatureField field = new PDSignatureField(acroForm);
            acroForm.setSignaturesExist(true);
            acroForm.setAppendOnly(true);
            acroForm.getCOSObject().setDirect(true);
            acroForm.getFields().add(field);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(new PDRectangle(appearance.x(), appearance.y(), appearance.width(),
                    appearance.height()));

            PDFormXObject form = new PDFormXObject(new PDStream(template));
            form.setResources(new PDResources());
            form.setFormType(1);
            form.setBBox(new PDRectangle(appearance.width(), appearance.height()));
            PDAppearanceDictionary appearances = new PDAppearanceDictionary();
            appearances.getCOSObject().setDirect(true);
            PDAppearanceStream normal = new PDAppearanceStream(form.getCOSObject());
            appearances.setNormalAppearance(normal);
            widget.setAppearance(appearances);

            PDType0Font font = font(template);
            try (PDPageContentStream content = new PDPageContentStream(template, normal)) {
                drawBlock(content, font, appearance.width(), appearance.height(), lines);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            template.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    private static void drawBlock(PDPageContentStream content, PDType0Font font, float width, float height,
            List<String> lines) throws IOException {
        content.setStrokingColor(0.75f, 0.1f, 0.1f);
        content.setLineWidth(1);
        content.addRect(0.5f, 0.5f, width - 1, height - 1);
        content.stroke();

        List<String> text = lines.stream().map(line -> Normalizer.normalize(line, Normalizer.Form.NFC)).toList();
        float size = MAX_FONT_SIZE;
        if (!text.isEmpty()) {
            size = Math.min(size, (height - 2 * PADDING) / (text.size() * LEADING));
        }
        for (String line : text) {
            float lineWidth = font.getStringWidth(line) / 1000;
            if (lineWidth > 0) {
                size = Math.min(size, (width - 2 * PADDING) / lineWidth);
            }
        }
        content.setNonStrokingColor(0f, 0f, 0f);
        content.beginText();
        content.setFont(font, size);
        content.setLeading(size * LEADING);
        content.newLineAtOffset(PADDING, height - PADDING - size);
        for (String line : text) {
            content.showText(line);
            content.newLine();
        }
        content.endText();
    }

    private static PDType0Font font(PDDocument document) throws IOException {
        return PDType0Font.load(document, FontBytes.PARSED.get(), true);
    }

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException ignored) {
            // nothing was written
        }
    }

    /** Loaded once, on first use; the font covers Vietnamese (Liberation 2.x, SIL Open Font License). */
    private static final class FontBytes {

        static final byte[] LIBERATION_SERIF = read();
        // parsed once per thread (parsing is most of a font's loading; a parsed font is not for several threads);
        // the documents it is loaded into do not close it
        static final ThreadLocal<TrueTypeFont> PARSED = ThreadLocal.withInitial(() -> {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(LIBERATION_SERIF));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        private static byte[] read() {
            try (InputStream in = PdfSigner.class.getResourceAsStream(FONT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(FONT_RESOURCE + " is missing from the classpath");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
