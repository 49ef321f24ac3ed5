package vn.sgddt.kehoach.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A part of the body of the plan: "I. MỤC ĐÍCH, YÊU CẦU" and its text. */
@Embeddable
public class PlanSection {

    @Column(length = Plan.HEADING_MAX_LENGTH)
    private String heading;

    // text of any length: a PostgreSQL text column (a @Lob would be a large object there)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
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
