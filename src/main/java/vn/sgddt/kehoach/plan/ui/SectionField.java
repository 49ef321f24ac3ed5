package vn.sgddt.kehoach.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.sgddt.kehoach.plan.Plan;
import vn.sgddt.kehoach.plan.PlanContent;

/** One section of the plan's body: its heading ("I. MỤC ĐÍCH, YÊU CẦU") and its text. */
class SectionField extends Div {

    final TextField heading = new TextField();
    final TextArea text = new TextArea();

    SectionField() {
        addClassName("section-field");
        heading.setLabel(getTranslation("editor.sectionHeading"));
        heading.setMaxLength(Plan.HEADING_MAX_LENGTH);
        heading.setWidthFull();
        heading.addClassName("section-heading-field");
        text.setLabel(getTranslation("editor.sectionText"));
        text.setMaxLength(Plan.TEXT_MAX_LENGTH);
        text.setWidthFull();
        text.setMinRows(3);
        text.addClassName("section-text-field");
        add(heading, text);
    }

    PlanContent.Section getValue() {
        return new PlanContent.Section(heading.getValue(), text.getValue());
    }

    void setValue(PlanContent.Section section) {
        heading.setValue(section.heading() == null ? "" : section.heading());
        text.setValue(section.text() == null ? "" : section.text());
    }
}
