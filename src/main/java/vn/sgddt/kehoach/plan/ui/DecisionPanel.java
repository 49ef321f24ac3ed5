package vn.sgddt.kehoach.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.base.InvalidInputException;
import vn.sgddt.kehoach.base.LocalizedException;
import vn.sgddt.kehoach.base.ui.Feedback;
import vn.sgddt.kehoach.plan.Decision;
import vn.sgddt.kehoach.plan.Plan;
import vn.sgddt.kehoach.plan.PlanDetails;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.plan.WorkItem;

/**
 * The decision of the step waiting for the current user: a comment and one button per decision the step allows. A
 * return needs a comment; the panel says so before asking the service, which refuses it as well.
 */
class DecisionPanel extends Div {

    private final PlanService plans;
    private final WorkItem step;
    private final TextArea comment = new TextArea();
    private final List<Button> buttons = new ArrayList<>();
    private final BiConsumer<Decision, PlanDetails> decided;
    private final Consumer<LocalizedException> failed;

    DecisionPanel(PlanService plans, WorkItem step, Clock clock, BiConsumer<Decision, PlanDetails> decided,
            Consumer<LocalizedException> failed) {
        this.plans = plans;
        this.step = step;
        this.decided = decided;
        this.failed = failed;
        setId("decision-panel");
        addClassName("decision-panel");

        H3 heading = new H3(getTranslation("detail.yourStep", getTranslation("step." + step.kind().name())));
        add(heading);
        if (step.due() != null) {
            Span due = new Span(getTranslation("detail.due", Formats.dateTime(step.due())));
            due.setId("decision-due");
            if (step.overdue(clock.instant())) {
                due.addClassName("overdue");
            }
            add(new Div(due));
        }

        comment.setId("decision-comment");
        comment.setLabel(getTranslation("detail.comment"));
        comment.setHelperText(getTranslation("detail.commentHelp"));
        comment.setMaxLength(Plan.COMMENT_MAX_LENGTH);
        comment.setWidthFull();
        add(comment);

        Div bar = new Div();
        bar.addClassName("decision-buttons");
        for (Decision d : Decision.values()) {
            if (!step.kind().decisions().contains(d)) {
                continue;
            }
            Button b = new Button(getTranslation("decision." + d.name()), e -> decide(d));
            b.setId("decision-" + d.name());
            b.addThemeVariants(d == Decision.RETURN ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
            b.setDisableOnClick(true);
            buttons.add(b);
            bar.add(b);
        }
        add(bar);
    }

    private void decide(Decision decision) {
        try {
            String text = comment.getValue();
            if (decision == Decision.RETURN && text.isBlank()) {
                String message = getTranslation("detail.returnNeedsComment");
                comment.setInvalid(true);
                comment.setErrorMessage(message);
                Feedback.error(message).setId("return-refused");
                return;
            }
            PlanDetails after = decision == Decision.SUBMIT ? plans.submit(step.planId(), text)
                    : plans.complete(step.id(), decision, text);
            decided.accept(decision, after);
        } catch (InvalidInputException e) {
            e.violations().stream().filter(v -> "comment".equals(v.field())).findFirst().ifPresent(v -> {
                comment.setInvalid(true);
                comment.setErrorMessage(Feedback.message(this, v));
            });
            failed.accept(e);
        } catch (LocalizedException e) {
            failed.accept(e);
        } finally {
            buttons.forEach(b -> b.setEnabled(true));
        }
    }
}
