package vn.sgddt.kehoach.assignment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.plan.Decision;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.PlanDetails;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.plan.PlanStatus;
import vn.sgddt.kehoach.plan.SigningForm;
import vn.sgddt.kehoach.support.SignedIn;

/**
 * Issues plans through the whole approval, each step as the official who takes it (the specialist drafts and
 * submits, the unit head and the deputy in charge approve, the Giám đốc signs, the clerk issues), and finds the
 * assignments the issuing created. Build one per test class from the injected beans.
 */
public final class IssuedPlans {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** Inside the agency: the result goes straight to acceptance. */
    public static final String INSIDE = "Sở GD&ĐT";
    /** Outside the agency: the result waits for the authority's document. */
    public static final String OUTSIDE = "UBND tỉnh";

    private final PlanService plans;
    private final DirectoryService directory;
    private final AssignmentRepository assignments;

    IssuedPlans(PlanService plans, DirectoryService directory, AssignmentRepository assignments) {
        this.plans = plans;
        this.directory = directory;
        this.assignments = assignments;
    }

    /** For tests outside this package, which cannot name the repository. */
    public static IssuedPlans from(org.springframework.context.ApplicationContext context) {
        return new IssuedPlans(context.getBean(PlanService.class), context.getBean(DirectoryService.class),
                context.getBean(AssignmentRepository.class));
    }

    /** An issued plan and the assignments of its appendix rows, in the order of the rows. */
    public record Issued(long planId, String number, String title, List<Long> assignmentIds) {

        public long assignment(int index) {
            return assignmentIds.get(index);
        }
    }

    /** A row inside the agency's authority with a deadline. */
    public static PlanContent.Row row(String content, String leadUnit, LocalDate deadline,
            String... coordinatingUnits) {
        return new PlanContent.Row(null, null, content, leadUnit, Arrays.asList(coordinatingUnits), List.of(),
                deadline, null, INSIDE);
    }

    /** A row with its deadline text ("ngày 05 hằng tháng") and issuing authority ("UBND tỉnh") given too. */
    public static PlanContent.Row rowWith(String content, String leadUnit, LocalDate deadline, String deadlineText,
            String issuingAuthority, String... coordinatingUnits) {
        return new PlanContent.Row(null, null, content, leadUnit, Arrays.asList(coordinatingUnits), List.of(),
                deadline, deadlineText, issuingAuthority);
    }

    /** A fresh title, so each test finds its own plan. */
    public static String title(String about) {
        return "Kế hoạch " + about + " (kiểm thử " + SEQUENCE.incrementAndGet() + ")";
    }

    /** The specialist of a unit: "cv.gdtrh" for GDTrH. */
    public static String specialistOf(String unit) {
        return "cv." + unit.toLowerCase(Locale.ROOT);
    }

    /** Drafts, approves, signs and issues a plan of the unit with these rows. */
    public Issued issue(String draftingUnit, String title, List<PlanContent.Row> rows) {
        long planId = signed(draftingUnit, title, rows);
        PlanDetails issued = issueSigned(planId);
        return new Issued(planId, issued.number(), issued.title(), assignmentIdsOf(planId));
    }

    public Issued issue(String draftingUnit, List<PlanContent.Row> rows) {
        return issue(draftingUnit, title("theo dõi nhiệm vụ của " + draftingUnit), rows);
    }

    /** A plan approved and signed, waiting for the clerk to issue it. */
    public long signed(String draftingUnit, String title, List<PlanContent.Row> rows) {
        PlanContent content = new PlanContent(title, null,
                List.of("Luật Giáo dục ngày 14 tháng 6 năm 2019;"),
                List.of(new PlanContent.Section("I. MỤC ĐÍCH, YÊU CẦU", "Triển khai đúng tiến độ."),
                        new PlanContent.Section("II. NỘI DUNG", "Theo phụ lục đính kèm.")),
                List.of(new PlanContent.RecipientLine("Các phòng thuộc Sở", "t/h", null)),
                new PlanContent.Signer("giamdoc", SigningForm.DIRECT), rows);
        String specialist = specialistOf(draftingUnit);
        long planId = as(specialist, () -> plans.create(content)).id();
        approveAndSign(draftingUnit, planId);
        return planId;
    }

    /** Submits a draft of the unit and takes it through the unit head, the deputy in charge and its signer. */
    public void approveAndSign(String draftingUnit, long planId) {
        as(specialistOf(draftingUnit), () -> plans.submit(planId, null));
        PlanService.Route route = plans.route(planId);
        decide(route.unitHead(), planId, Decision.APPROVE);
        decide(route.deputy(), planId, Decision.APPROVE);
        PlanDetails signed = decide(route.signer(), planId, Decision.SIGN);
        if (signed.status() != PlanStatus.AWAITING_ISSUE) {
            throw new AssertionError("Plan " + planId + " is " + signed.status() + ", not AWAITING_ISSUE");
        }
    }

    /** The clerk numbers and issues a signed plan. */
    public PlanDetails issueSigned(long planId) {
        PlanDetails issued = decide("vanthu", planId, Decision.ISSUE);
        if (issued.status() != PlanStatus.ISSUED) {
            throw new AssertionError("Plan " + planId + " is " + issued.status() + ", not ISSUED");
        }
        return issued;
    }

    public PlanDetails decide(String username, long planId, Decision decision) {
        return as(username, () -> {
            String taskId = plans.myOpenStep(planId)
                    .orElseThrow(() -> new AssertionError("No open step of plan " + planId + " for " + username))
                    .id();
            return plans.complete(taskId, decision, null);
        });
    }

    /** The assignments of the plan's appendix rows (not the periodic reports), in the order of the rows. */
    public List<Long> assignmentIdsOf(long planId) {
        return assignments.findByPlanIdOrderBySeqAscIdAsc(planId).stream().filter(a -> a.getParentId() == null)
                .map(Assignment::getId).toList();
    }

    /** Runs the action signed in as the user, then puts back whoever was signed in before. */
    public <T> T as(String username, Supplier<T> action) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        SignedIn.as(directory, username);
        try {
            return action.get();
        } finally {
            if (before == null) {
                SignedIn.clear();
            } else {
                SecurityContextHolder.getContext().setAuthentication(before);
            }
        }
    }

    public void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }
}
