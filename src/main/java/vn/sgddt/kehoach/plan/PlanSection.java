package vn.sgddt.kehoach.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;

/** A part of the body of the plan: "I. MỤC ĐÍCH, YÊU CẦU" and its text. */
@Embeddable
public class PlanSection {

    @Column(length = Plan.HEADING_MAX_LENGTH)
    private String heading;

    @Lob
    @Column(name = "body")
    private String text;

    protected PlanSection() {
    }

    public PlanSection(String heading, String text) {
        this.heading = heading;
        this.text = text;
    }

    public String getHeading() {
        return heading;
    }

    public String getText() {
        return text;
    }
}
