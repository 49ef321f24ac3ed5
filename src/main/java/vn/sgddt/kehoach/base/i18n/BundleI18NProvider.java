package vn.sgddt.kehoach.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The UI's texts come from the same message bundles as the API's: Vietnamese first, English second. */
@Component
class BundleI18NProvider implements I18NProvider {

    private final MessageSource messages;

    BundleI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.getMessage(key, params, "!" + key, Languages.supportedOrDefault(locale));
    }
}
