package vn.sgddt.kehoach.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Arrays;
import java.util.List;
import vn.sgddt.kehoach.base.Formats;

/** Date pickers that read and write dd/MM/yyyy, with month and day names in the reader's language. */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker create(Component owner, String label) {
        DatePicker picker = new DatePicker(label);
        picker.setI18n(i18n(owner));
        return picker;
    }

    public static DatePicker.DatePickerI18n i18n(Component owner) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats(Formats.DATE_PATTERN, "d/M/yyyy");
        i18n.setMonthNames(list(owner, "datePicker.months"));
        i18n.setWeekdays(list(owner, "datePicker.weekdays"));
        i18n.setWeekdaysShort(list(owner, "datePicker.weekdaysShort"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(owner.getTranslation("datePicker.today"));
        i18n.setCancel(owner.getTranslation("datePicker.cancel"));
        i18n.setBadInputErrorMessage(owner.getTranslation("datePicker.badInput"));
        return i18n;
    }

    /** The bundles keep a list as one comma-separated text. */
    private static List<String> list(Component owner, String key) {
        return Arrays.stream(owner.getTranslation(key).split(",")).map(String::strip).toList();
    }
}
