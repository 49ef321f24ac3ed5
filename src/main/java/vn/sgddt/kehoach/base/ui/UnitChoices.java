package vn.sgddt.kehoach.base.ui;

import com.vaadin.flow.component.combobox.ComboBoxBase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sgddt.kehoach.directory.Unit;

/** Pick lists of units whose value is the unit code, each shown as "GDTrH - Phòng Giáo dục Trung học". */
public final class UnitChoices {

    private UnitChoices() {
    }

    public static void offer(ComboBoxBase<?, String, ?> box, List<Unit> units) {
        offer(box, names(units));
    }

    /** {@code names}: unit code to name, in the order to offer them. */
    public static void offer(ComboBoxBase<?, String, ?> box, Map<String, String> names) {
        box.setItems(List.copyOf(names.keySet()));
        box.setItemLabelGenerator(code -> code + " - " + names.getOrDefault(code, code));
    }

    public static Map<String, String> names(List<Unit> units) {
        Map<String, String> names = new LinkedHashMap<>();
        units.forEach(u -> names.put(u.getCode(), u.getName()));
        return names;
    }
}
