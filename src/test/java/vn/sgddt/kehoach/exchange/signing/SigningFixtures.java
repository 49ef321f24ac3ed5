package vn.sgddt.kehoach.exchange.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** A plan to sign, keys in a temporary folder, and a clock at 15/01/2026 09:30 in Vietnam. */
final class SigningFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T02:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    static final String AGENCY = "Sở Giáo dục và Đào tạo";
    static final String SIGNER = "Trần Văn Minh";
    /** Written in the document information, uncompressed, so a test can change one byte of what was signed. */
    static final String TITLE = "Ke hoach 0001";
    static final String NUMBER = "Số: 125/KH-SGDĐT";

    private SigningFixtures() {
    }

    static SigningKeys keys(Path directory) {
        return keys(directory, true);
    }

    static SigningKeys keys(Path directory, boolean demo) {
        return new SigningKeys(new SigningProperties(directory.toString(), null, demo, null), CLOCK);
    }

    static SignatureAppearance officialsBlock() {
        return SignatureAppearance.at(0, 330, 120, "Ký bởi: " + SIGNER, AGENCY);
    }

    /** One A4 page with Vietnamese text in an embedded Liberation Serif, saved without object streams. */
    static byte[] plan() throws IOException {
        try (PDDocument document = new PDDocument(); InputStream font = SigningFixtures.class
                .getResourceAsStream(PdfSigner.FONT_RESOURCE)) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font serif = PDType0Font.load(document, font, true);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(serif, 13);
                content.setLeading(18);
                content.newLineAtOffset(60, 780);
                for (String line : List.of("UBND TỈNH LONG AN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "", "KẾ HOẠCH",
                        "Triển khai nhiệm vụ trọng tâm năm học 2025-2026",
                        "Căn cứ Chỉ thị của Bộ trưởng Bộ Giáo dục và Đào tạo về nhiệm vụ năm học;")) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            document.getDocumentInformation().setTitle(TITLE);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    /** Signed by the official, numbered by the clerk, then sealed by the agency: three incremental updates. */
    static byte[] countersignedPlan(SigningKeys keys, PdfSigner signer) throws IOException {
        byte[] signed = signedByOfficial(keys, signer);
        byte[] numbered = signer.stampIncrementally(signed, 0, 60, 620, NUMBER, 13);
        return signer.sign(numbered, keys.forAgency(AGENCY), SignatureAppearance.at(0, 330, 50, AGENCY));
    }

    static byte[] signedByOfficial(SigningKeys keys, PdfSigner signer) throws IOException {
        return signer.sign(plan(), keys.forSigner("minh.tv", SIGNER, AGENCY), officialsBlock());
    }

    /** The file with one byte of the ASCII text {@code marker} replaced, at its last occurrence if asked. */
    static byte[] withByteChanged(byte[] pdf, String marker, boolean last, int offsetInMarker, char replacement) {
        byte[] needle = marker.getBytes(StandardCharsets.ISO_8859_1);
        int at = -1;
        for (int i = 0; i + needle.length <= pdf.length; i++) {
            if (Arrays.equals(pdf, i, i + needle.length, needle, 0, needle.length)) {
                at = i;
                if (!last) {
                    break;
                }
            }
        }
        if (at < 0) {
            throw new IllegalStateException(marker + " is not in the file");
        }
        byte[] changed = pdf.clone();
        changed[at + offsetInMarker] = (byte) replacement;
        return changed;
    }
}
