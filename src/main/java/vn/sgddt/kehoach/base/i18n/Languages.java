package vn.sgddt.kehoach.base.i18n;

import java.util.List;
import java.util.Locale;

/** The languages of the UI. Vietnamese is the default whatever the browser says. */
public final class Languages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);

    private Languages() {
    }

    public static Locale supportedOrDefault(Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? ENGLISH : VIETNAMESE;
    }
}
