package vn.sgddt.kehoach.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A list whose order matters (the legal bases, the sections, "Nơi nhận"), edited in place: each item has its own
 * editor and buttons to move it up, down or remove it. Ids follow the position, so a test or a browser can reach
 * "{prefix}-up-2".
 *
 * @param <T> the value of one item
 * @param <E> the component that edits one item
 */
public class OrderedListEditor<T, E extends Component> extends Div {

    private final String idPrefix;
    private final Supplier<E> factory;
    private final Function<E, T> reader;
    private final BiConsumer<E, T> writer;
    private final List<E> editors = new ArrayList<>();
    private final Div rows = new Div();
    private final Span empty;
    private final Button add;

    public OrderedListEditor(String idPrefix, String addLabel, String emptyText, Supplier<E> factory,
            Function<E, T> reader, BiConsumer<E, T> writer) {
        this.idPrefix = idPrefix;
        this.factory = factory;
        this.reader = reader;
        this.writer = writer;
        setId(idPrefix);
        addClassName("ordered-list");
        empty = new Span(emptyText);
        empty.addClassName("ordered-list-empty");
        add = new Button(addLabel, VaadinIcon.PLUS.create(), e -> addItem().getElement().callJsFunction("focus"));
        add.setId(idPrefix + "-add");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(rows, empty, add);
    }

    public void setValue(List<T> values) {
        editors.clear();
        for (T value : values) {
            E editor = factory.get();
            writer.accept(editor, value);
            editors.add(editor);
        }
        render();
    }

    public List<T> getValue() {
        return editors.stream().map(reader).toList();
    }

    /** Appends an empty item and returns its editor. */
    public E addItem() {
        E editor = factory.get();
        editors.add(editor);
        render();
        return editor;
    }

    public List<E> editors() {
        return Collections.unmodifiableList(editors);
    }

    public void move(int from, int to) {
        if (from < 0 || to < 0 || from >= editors.size() || to >= editors.size()) {
            return;
        }
        editors.add(to, editors.remove(from));
        render();
    }

    public void remove(int index) {
        editors.remove(index);
        render();
    }

    private void render() {
        rows.removeAll();
        for (int i = 0; i < editors.size(); i++) {
            int index = i;
            Span number = new Span((i + 1) + ".");
            number.addClassName("ordered-list-number");
            Button up = tool(VaadinIcon.ARROW_UP, "list.moveUp", "-up-" + i, () -> move(index, index - 1));
            up.setEnabled(i > 0);
            Button down = tool(VaadinIcon.ARROW_DOWN, "list.moveDown", "-down-" + i, () -> move(index, index + 1));
            down.setEnabled(i < editors.size() - 1);
            Button remove = tool(VaadinIcon.TRASH, "list.remove", "-remove-" + i, () -> remove(index));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Div tools = new Div(up, down, remove);
            tools.addClassName("ordered-list-tools");
            E editor = editors.get(i);
            editor.addClassName("ordered-list-editor");
            Div row = new Div(number, editor, tools);
            row.addClassName("ordered-list-row");
            row.setId(idPrefix + "-" + i);
            rows.add(row);
        }
        empty.setVisible(editors.isEmpty());
    }

    private Button tool(VaadinIcon icon, String labelKey, String idSuffix, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        b.setAriaLabel(getTranslation(labelKey));
        b.setTooltipText(getTranslation(labelKey));
        b.setId(idPrefix + idSuffix);
        return b;
    }
}
