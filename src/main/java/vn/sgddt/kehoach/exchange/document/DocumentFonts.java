package vn.sgddt.kehoach.exchange.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts shipped with the application: Liberation Serif 2.x, metric-compatible with Times New Roman and covering
 * Vietnamese (SIL OFL, licence beside the files in {@code /fonts}). The PDF embeds them; the Word file names Times
 * New Roman but measures its rules with them, which gives the same widths.
 */
final class DocumentFonts {

    enum Face {
        REGULAR("LiberationSerif-Regular.ttf"), BOLD("LiberationSerif-Bold.ttf"),
        ITALIC("LiberationSerif-Italic.ttf"), BOLD_ITALIC("LiberationSerif-BoldItalic.ttf");

        private final String file;

        Face(String file) {
            this.file = file;
        }
    }

    private final Map<Face, byte[]> files = new EnumMap<>(Face.class);
    private final Map<Face, TrueTypeFont> metrics = new EnumMap<>(Face.class);

    DocumentFonts() {
        for (Face face : Face.values()) {
            try (InputStream in = DocumentFonts.class.getResourceAsStream("/fonts/" + face.file)) {
                if (in == null) {
                    throw new IllegalStateException("Font /fonts/" + face.file + " is missing from the classpath");
                }
                files.put(face, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // each thread parses a face once: parsing the file is most of the cost of loading a font into a document, and
    // a parsed font may be shared by documents but not by threads
    private final ThreadLocal<Map<Face, TrueTypeFont>> parsed = ThreadLocal.withInitial(() -> new EnumMap<>(Face.class));

    /** The face, parsed, for {@code PDType0Font.load(document, font, true)}; the document does not close it. */
    TrueTypeFont parsed(Face face) {
        return parsed.get().computeIfAbsent(face, f -> {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(files.get(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A fresh stream of the font file, for {@code PDType0Font.load}. */
    InputStream open(Face face) {
        return new ByteArrayInputStream(files.get(face));
    }

    /** The width of {@code text} in points; characters the font lacks count as nothing. */
    synchronized float width(Face face, float size, String text) {
        try {
            TrueTypeFont font = metrics.get(face);
            if (font == null) {
                font = new TTFParser().parse(new RandomAccessReadBuffer(files.get(face)));
                metrics.put(face, font);
            }
            CmapLookup cmap = font.getUnicodeCmapLookup();
            float units = 0;
            for (int cp : text.codePoints().toArray()) {
                int glyph = cmap.getGlyphId(cp);
                units += glyph == 0 ? 0 : font.getAdvanceWidth(glyph);
            }
            return units / font.getUnitsPerEm() * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
