package vn.sgddt.kehoach.exchange.signing;

import java.util.List;

/**
 * Where and how a signature shows on the page: a framed block with a few lines of text, to which the signer adds a
 * last line with the signing time ("Thời gian: 15/01/2026 09:30").
 *
 * @param pageIndex the page, from 0
 * @param x left edge, in points from the left of the page
 * @param y bottom edge, in points from the bottom of the page (PDF coordinates)
 * @param width width in points
 * @param height height in points; the text shrinks to fit
 * @param lines the lines above the time, for example "Ký bởi: Trần Văn Minh", "Sở Giáo dục và Đào tạo"
 */
public record SignatureAppearance(int pageIndex, float x, float y, float width, float height, List<String> lines) {

    public static final float DEFAULT_WIDTH = 200;
    public static final float DEFAULT_HEIGHT = 56;

    public SignatureAppearance {
        if (pageIndex < 0 || width <= 0 || height <= 0 || x < 0 || y < 0) {
            throw new IllegalArgumentException("a signature block needs a page and a positive size");
        }
        lines = List.copyOf(lines);
    }

    /** A block of the default size with its lower left corner at (x, y). */
    public static SignatureAppearance at(int pageIndex, float x, float y, String... lines) {
        return new SignatureAppearance(pageIndex, x, y, DEFAULT_WIDTH, DEFAULT_HEIGHT, List.of(lines));
    }
}
