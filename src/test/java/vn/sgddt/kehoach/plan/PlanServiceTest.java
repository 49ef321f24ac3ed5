package vn.sgddt.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.sgddt.kehoach.base.ConflictException;
import vn.sgddt.kehoach.base.InvalidInputException;
import vn.sgddt.kehoach.base.LocalizedException;
import vn.sgddt.kehoach.base.NotAllowedException;
import vn.sgddt.kehoach.base.Violation;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.notification.NotificationService;
import vn.sgddt.kehoach.support.Approvals;
import vn.sgddt.kehoach.support.IntegrationTest;
import vn.sgddt.kehoach.support.PlanDrafts;
import vn.sgddt.kehoach.support.SignedIn;

/** {@link PlanService} with the whole application behind it: the rules, the route and the trace of decisions. */
@IntegrationTest
class PlanServiceTest {

    @Autowired
    PlanService plans;

    @Autowired
    PlanRepository repository;

    @Autowired
    DirectoryService directory;

    @Autowired
    NotificationService notifications;

    @Autowired
    Clock clock;

    private Approvals approvals;

    @BeforeEach
    void setUp() {
        approvals = new Approvals(plans, directory);
    }

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    private static List<String> fields(Throwable e) {
        return ((InvalidInputException) e).violations().stream().map(Violation::field).toList();
    }

    private void assertRefusedAndNothingStored(PlanContent content, String... expectedFields) {
        long before = repository.count();
        assertThatThrownBy(() -> approvals.create("cv.gdtrh", content))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactlyInAnyOrder(expectedFields));
        assertThat(repository.count()).isEqualTo(before);
    }

    // ---- drafting ----

    @Test
    void a_new_draft_keeps_its_content_and_waits_with_its_drafting_unit() {
        PlanContent content = PlanDrafts.of("GDTrH").recipientUnit("Thanh tra Sở", "TTR")
                .row(PlanDrafts.row("Tổ chức hội thảo chuyên đề", "GDTrH", "KTQLCL")).build();

        PlanDetails created = approvals.create("cv.gdtrh", content);

        assertThat(created.id()).isNotNull();
        assertThat(created.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(created.currentStep()).isEqualTo(PlanStep.DRAFT);
        assertThat(created.title()).isEqualTo(content.title());
        assertThat(created.draftingUnit()).isEqualTo("GDTrH");
        assertThat(created.drafter()).isEqualTo("cv.gdtrh");
        assertThat(created.legalBases()).isEqualTo(content.legalBases());
        assertThat(created.recipients()).extracting(PlanContent.RecipientLine::unit).containsExactly(null, "TTR");
        assertThat(created.signer().username()).isEqualTo("giamdoc");
        assertThat(created.signer().form()).isEqualTo(SigningForm.DIRECT);
        assertThat(created.appendix()).singleElement().satisfies(r -> {
            assertThat(r.seq()).isEqualTo(1);
            assertThat(r.leadUnit()).isEqualTo("GDTrH");
            assertThat(r.coordinatingUnits()).containsExactly("KTQLCL");
        });
        assertThat(created.history()).extracting(PlanDetails.HistoryItem::action, PlanDetails.HistoryItem::actor)
                .containsExactly(tuple(HistoryEntry.Action.CREATED, "cv.gdtrh"));
        // the drafting unit has the draft step, a specialist of another unit does not
        assertThat(approvals.stepFor("cv.gdtrh", created.id()).kind()).isEqualTo(PlanStep.DRAFT);
        assertThat(approvals.as("cv.vp", () -> plans.myOpenStep(created.id()))).isEmpty();
    }

    @Test
    void a_draft_without_a_title_is_refused_and_nothing_is_stored() {
        assertRefusedAndNothingStored(PlanDrafts.of("GDTrH").title("  ").build(), "title");
    }

    @Test
    void a_draft_for_an_unknown_unit_is_refused_and_nothing_is_stored() {
        assertRefusedAndNothingStored(PlanDrafts.of("KHONG-CO").build(), "draftingUnit");
    }

    @Test
    void an_appendix_row_without_content_or_lead_unit_is_refused_naming_both_fields() {
        assertRefusedAndNothingStored(PlanDrafts.of("GDTrH")
                .row(PlanDrafts.row("Nhiệm vụ hợp lệ", "GDTrH"))
                .row(new PlanContent.Row(null, null, " ", null, List.of(), List.of(), null, null, null)).build(),
                "appendix[1].content", "appendix[1].leadUnit");
    }

    @Test
    void an_unknown_coordinating_unit_is_refused() {
        assertRefusedAndNothingStored(PlanDrafts.of("GDTrH")
                .row(PlanDrafts.row("Phối hợp với đơn vị lạ", "GDTrH", "TCCB", "KHONG-CO")).build(),
                "appendix[0].coordinatingUnits[1]");
    }

    @Test
    void the_lead_unit_cannot_also_coordinate_its_own_row() {
        assertRefusedAndNothingStored(PlanDrafts.of("GDTrH")
                .row(PlanDrafts.row("Chủ trì và phối hợp cùng lúc", "GDMN", "GDTrH", "GDMN")).build(),
                "appendix[0].coordinatingUnits[1]");
    }

    @Test
    void every_broken_rule_is_named_at_once() {
        assertRefusedAndNothingStored(PlanDrafts.of("GDTrH").title(null)
                .row(new PlanContent.Row(null, null, null, "KHONG-CO", List.of("KHONG-CO"), List.of(), null, null,
                        null))
                .signer("pgd1", SigningForm.DIRECT).build(),
                "title", "appendix[0].content", "appendix[0].leadUnit", "appendix[0].coordinatingUnits[0]",
                "signer.username");
    }

    @Test
    void a_specialist_cannot_draft_for_another_unit_and_the_leadership_cannot_draft_at_all() {
        long before = repository.count();

        assertThatThrownBy(() -> approvals.create("cv.gdtrh", PlanDrafts.of("VP").build()))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> approvals.create("giamdoc", PlanDrafts.of("GDTrH").build()))
                .isInstanceOf(NotAllowedException.class);

        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void a_draft_without_a_drafting_unit_belongs_to_the_drafters_unit() {
        PlanDetails created = approvals.create("cv.ktqlcl", PlanDrafts.of("KTQLCL").draftingUnit(null).build());

        assertThat(created.draftingUnit()).isEqualTo("KTQLCL");
    }

    @Test
    void a_specialist_of_another_unit_cannot_update_or_submit_the_draft() {
        PlanDetails created = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").build());
        PlanContent changed = PlanDrafts.of("GDTrH").title("Sửa bởi đơn vị khác").build();

        assertThatThrownBy(() -> approvals.as("cv.vp", () -> plans.update(created.id(), changed)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> approvals.submit("cv.vp", created.id())).isInstanceOf(NotAllowedException.class);

        PlanDetails after = approvals.get(created.id());
        assertThat(after.title()).isEqualTo(created.title());
        assertThat(after.status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void the_drafting_unit_can_change_its_draft_but_not_move_it_to_another_unit() {
        PlanDetails created = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").build());

        PlanDetails updated = approvals.as("cv.gdtrh", () -> plans.update(created.id(),
                PlanDrafts.of("GDTrH").title("Tiêu đề mới").row(PlanDrafts.row("Thêm nhiệm vụ", "GDTrH")).build()));
        assertThat(updated.title()).isEqualTo("Tiêu đề mới");
        assertThat(updated.appendix()).hasSize(1);

        assertThatThrownBy(() -> approvals.as("cv.gdtrh",
                () -> plans.update(created.id(), PlanDrafts.of("GDMN").build())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("draftingUnit"));
    }

    @Test
    void a_submitted_plan_can_no_longer_be_changed_or_submitted_again() {
        PlanDetails created = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").build());
        PlanDetails submitted = approvals.submit("cv.gdtrh", created.id());
        assertThat(submitted.status()).isEqualTo(PlanStatus.IN_REVIEW);

        assertThatThrownBy(() -> approvals.as("cv.gdtrh",
                () -> plans.update(created.id(), PlanDrafts.of("GDTrH").title("Muộn rồi").build())))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> approvals.submit("cv.gdtrh", created.id())).isInstanceOf(ConflictException.class);
        assertThat(approvals.as("cv.gdtrh", () -> plans.mayEdit(created.id()))).isFalse();
        assertThat(approvals.get(created.id()).title()).isEqualTo(created.title());
    }

    @Test
    void a_plan_without_a_signer_cannot_be_submitted() {
        PlanDetails created = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").noSigner().build());

        assertThatThrownBy(() -> approvals.submit("cv.gdtrh", created.id()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("signer"));
        assertThat(approvals.get(created.id()).status()).isEqualTo(PlanStatus.DRAFT);
    }

    // ---- signers ----

    @Test
    void only_the_director_signs_directly() {
        assertRefusedAndNothingStored(PlanDrafts.of("GDTrH").signer("pgd1", SigningForm.DIRECT).build(),
                "signer.username");
        assertRefusedAndNothingStored(PlanDrafts.of("GDTrH").signer("tp.gdtrh", SigningForm.DIRECT).build(),
                "signer.username");
    }

    @Test
    void only_a_deputy_signs_on_behalf_of_the_director() {
        assertRefusedAndNothingStored(PlanDrafts.of("GDTrH").signer("giamdoc", SigningForm.KT).build(),
                "signer.username");
        assertRefusedAndNothingStored(PlanDrafts.of("GDTrH").signer("nobody", SigningForm.KT).build(),
                "signer.username");
        assertRefusedAndNothingStored(PlanDrafts.of("GDTrH").signer("pgd1", null).build(), "signer.form");
    }

    @Test
    void the_signer_options_are_the_director_directly_and_each_deputy_on_his_behalf() {
        List<PlanService.SignerOption> options = approvals.as("cv.gdtrh", () -> plans.signerOptions());

        assertThat(options).extracting(PlanService.SignerOption::username, PlanService.SignerOption::form)
                .contains(tuple("giamdoc", SigningForm.DIRECT), tuple("pgd1", SigningForm.KT),
                        tuple("pgd2", SigningForm.KT))
                .doesNotContain(tuple("pgd1", SigningForm.DIRECT), tuple("giamdoc", SigningForm.KT));
    }

    // ---- the approval ----

    @Test
    void a_plan_goes_through_the_route_of_the_directory_and_every_decision_is_recorded() {
        long id = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").recipientUnit("Văn phòng Sở", "VP").build())
                .id();
        assertThat(plans.route(id)).isEqualTo(new PlanService.Route("tp.gdtrh", "pgd1", "giamdoc"));

        PlanDetails submitted = approvals.submit("cv.gdtrh", id);
        assertThat(submitted.currentStep()).isEqualTo(PlanStep.REVIEW_UNIT);
        assertThat(approvals.stepFor("tp.gdtrh", id).kind()).isEqualTo(PlanStep.REVIEW_UNIT);
        assertThat(approvals.as("tp.vp", () -> plans.myOpenStep(id))).isEmpty();

        PlanDetails forwarded = approvals.decide("tp.gdtrh", id, Decision.APPROVE, "Đề nghị Phó Giám đốc cho ý kiến");
        assertThat(forwarded.status()).isEqualTo(PlanStatus.IN_REVIEW);
        assertThat(forwarded.currentStep()).isEqualTo(PlanStep.REVIEW_DEPUTY);
        // the deputy in charge of GDTrH is pgd1, not pgd2
        assertThat(approvals.as("pgd2", () -> plans.myOpenStep(id))).isEmpty();

        PlanDetails approved = approvals.decide("pgd1", id, Decision.APPROVE, null);
        assertThat(approved.status()).isEqualTo(PlanStatus.AWAITING_SIGNATURE);
        assertThat(approved.currentStep()).isEqualTo(PlanStep.SIGN);

        PlanDetails signed = approvals.decide("giamdoc", id, Decision.SIGN, null);
        assertThat(signed.status()).isEqualTo(PlanStatus.AWAITING_ISSUE);
        assertThat(signed.currentStep()).isEqualTo(PlanStep.ISSUE);
        assertThat(signed.number()).isNull();

        PlanDetails issued = approvals.decide("vanthu", id, Decision.ISSUE, null);
        assertThat(issued.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(issued.currentStep()).isNull();
        assertThat(issued.number()).matches("\\d{2,}/KH-SGDĐT");
        assertThat(issued.issuedOn()).isEqualTo(LocalDate.now(clock));

        assertThat(approvals.get(id).history())
                .extracting(PlanDetails.HistoryItem::action, PlanDetails.HistoryItem::actor,
                        PlanDetails.HistoryItem::step)
                .containsExactly(
                        tuple(HistoryEntry.Action.CREATED, "cv.gdtrh", PlanStep.DRAFT),
                        tuple(HistoryEntry.Action.SUBMITTED, "cv.gdtrh", PlanStep.DRAFT),
                        tuple(HistoryEntry.Action.FORWARDED, "tp.gdtrh", PlanStep.REVIEW_UNIT),
                        tuple(HistoryEntry.Action.APPROVED, "pgd1", PlanStep.REVIEW_DEPUTY),
                        tuple(HistoryEntry.Action.SIGNED, "giamdoc", PlanStep.SIGN),
                        tuple(HistoryEntry.Action.ISSUED, "vanthu", PlanStep.ISSUE));
        assertThat(approvals.get(id).history().get(2).comment()).isEqualTo("Đề nghị Phó Giám đốc cho ý kiến");
        assertThat(approvals.get(id).history().get(2).actorName()).isEqualTo("Hồ Văn Đức");
        assertThat(approvals.as("vanthu", () -> plans.myOpenStep(id))).isEmpty();
    }

    @Test
    void a_return_without_comment_is_refused() {
        long id = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").build()).id();
        approvals.submit("cv.gdtrh", id);

        assertThatThrownBy(() -> approvals.decide("tp.gdtrh", id, Decision.RETURN, "   "))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("comment"));
        assertThat(approvals.get(id).currentStep()).isEqualTo(PlanStep.REVIEW_UNIT);
    }

    @Test
    void a_returned_plan_shows_the_comment_and_its_resubmission_is_recorded() {
        long id = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").build()).id();
        approvals.submit("cv.gdtrh", id);
        approvals.decide("tp.gdtrh", id, Decision.APPROVE, null);

        PlanDetails returned = approvals.decide("pgd1", id, Decision.RETURN, "Bổ sung căn cứ pháp lý");

        assertThat(returned.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(returned.currentStep()).isEqualTo(PlanStep.DRAFT);
        assertThat(approvals.as("cv.gdtrh", () -> plans.get(id)).returnComment())
                .isEqualTo("Bổ sung căn cứ pháp lý");
        assertThat(approvals.as("cv.gdtrh", () -> plans.mayEdit(id))).isTrue();

        approvals.as("cv.gdtrh", () -> plans.update(id, PlanDrafts.of("GDTrH").title("Đã bổ sung căn cứ").build()));
        PlanDetails resubmitted = approvals.submit("cv.gdtrh", id);

        assertThat(resubmitted.returnComment()).isNull();
        assertThat(resubmitted.currentStep()).isEqualTo(PlanStep.REVIEW_UNIT);
        assertThat(resubmitted.history()).extracting(PlanDetails.HistoryItem::action).containsExactly(
                HistoryEntry.Action.CREATED, HistoryEntry.Action.SUBMITTED, HistoryEntry.Action.FORWARDED,
                HistoryEntry.Action.RETURNED, HistoryEntry.Action.RESUBMITTED);
        assertThat(resubmitted.history().get(3).actor()).isEqualTo("pgd1");
        assertThat(resubmitted.history().get(3).comment()).isEqualTo("Bổ sung căn cứ pháp lý");
        assertThat(approvals.stepFor("tp.gdtrh", id).kind()).isEqualTo(PlanStep.REVIEW_UNIT);
    }

    @Test
    void the_signer_can_return_the_plan_to_the_drafting_unit() {
        long id = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").build()).id();
        approvals.submit("cv.gdtrh", id);
        approvals.decide("tp.gdtrh", id, Decision.APPROVE, null);
        approvals.decide("pgd1", id, Decision.APPROVE, null);

        long drafterBefore = approvals.as("cv.gdtrh", () -> notifications.unreadCount());
        long headBefore = approvals.as("tp.gdtrh", () -> notifications.unreadCount());

        PlanDetails returned = approvals.decide("giamdoc", id, Decision.RETURN, "Chưa ký, xem lại mục II");

        // the drafter hears of it, with the comment; the others of the unit do not
        assertThat(approvals.as("cv.gdtrh", () -> notifications.unreadCount())).isEqualTo(drafterBefore + 1);
        assertThat(approvals.as("cv.gdtrh", () -> notifications.mine(0, 1))).singleElement().satisfies(n -> {
            assertThat(n.getPlanId()).isEqualTo(id);
            assertThat(n.getMessageKey()).isEqualTo("notification.planReturned");
            assertThat(n.getMessageArgs()).contains("Chưa ký, xem lại mục II");
        });
        assertThat(approvals.as("tp.gdtrh", () -> notifications.unreadCount())).isEqualTo(headBefore);
        assertThat(returned.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(returned.returnComment()).isEqualTo("Chưa ký, xem lại mục II");
        assertThat(approvals.stepFor("cv.gdtrh", id).kind()).isEqualTo(PlanStep.DRAFT);
    }

    @Test
    void a_plan_of_the_office_is_signed_on_behalf_of_the_director_by_its_deputy() {
        PlanContent content = PlanDrafts.of("VP").signer("pgd2", SigningForm.KT).build();
        long id = approvals.create("cv.vp", content).id();
        assertThat(plans.route(id)).isEqualTo(new PlanService.Route("tp.vp", "pgd2", "pgd2"));
        approvals.submit("cv.vp", id);
        approvals.decide("tp.vp", id, Decision.APPROVE, null);
        approvals.decide("pgd2", id, Decision.APPROVE, null);

        assertThat(approvals.as("giamdoc", () -> plans.myOpenStep(id))).isEmpty();
        assertThat(approvals.stepFor("pgd2", id).kind()).isEqualTo(PlanStep.SIGN);
        PlanDetails signed = approvals.decide("pgd2", id, Decision.SIGN, null);

        assertThat(signed.signer().form()).isEqualTo(SigningForm.KT);
        assertThat(signed.signer().fullName()).isEqualTo("Phạm Quốc Huy");
        assertThat(signed.status()).isEqualTo(PlanStatus.AWAITING_ISSUE);
        assertThat(signed.history()).last().satisfies(h -> {
            assertThat(h.action()).isEqualTo(HistoryEntry.Action.SIGNED);
            assertThat(h.actor()).isEqualTo("pgd2");
        });
    }

    @Test
    void a_decision_that_does_not_belong_to_the_step_is_refused() {
        long id = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").build()).id();
        approvals.submit("cv.gdtrh", id);

        assertThatThrownBy(() -> approvals.decide("tp.gdtrh", id, Decision.SIGN, null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("decision"));
        assertThatThrownBy(() -> approvals.decide("tp.gdtrh", id, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(approvals.get(id).currentStep()).isEqualTo(PlanStep.REVIEW_UNIT);
    }

    @Test
    void only_the_person_of_the_step_may_take_its_decision() {
        long id = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").build()).id();
        approvals.submit("cv.gdtrh", id);
        String reviewTask = approvals.stepFor("tp.gdtrh", id).id();

        assertThatThrownBy(() -> approvals.as("cv.gdtrh", () -> plans.complete(reviewTask, Decision.APPROVE, null)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> approvals.as("tp.vp", () -> plans.complete(reviewTask, Decision.APPROVE, null)))
                .isInstanceOf(NotAllowedException.class);
        approvals.decide("tp.gdtrh", id, Decision.APPROVE, null);
        String deputyTask = approvals.stepFor("pgd1", id).id();
        assertThatThrownBy(() -> approvals.as("pgd2", () -> plans.complete(deputyTask, Decision.APPROVE, null)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> approvals.as("vanthu", () -> plans.complete(deputyTask, Decision.APPROVE, null)))
                .isInstanceOf(NotAllowedException.class);

        assertThat(approvals.get(id).currentStep()).isEqualTo(PlanStep.REVIEW_DEPUTY);
    }

    @Test
    void a_step_completed_already_says_who_completed_it() {
        long id = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").build()).id();
        approvals.submit("cv.gdtrh", id);
        String reviewTask = approvals.stepFor("tp.gdtrh", id).id();
        approvals.as("tp.gdtrh", () -> plans.complete(reviewTask, Decision.APPROVE, null));

        assertThatThrownBy(() -> approvals.as("tp.gdtrh", () -> plans.complete(reviewTask, Decision.APPROVE, null)))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((LocalizedException) e).args()[0]).isEqualTo("Hồ Văn Đức"));
        assertThat(approvals.get(id).history()).hasSize(3);
    }

    @Test
    void a_specialist_sees_the_plans_of_his_unit_and_those_addressed_to_it_only() {
        long own = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").build()).id();
        long addressed = approvals.create("cv.gdtrh", PlanDrafts.of("GDTrH").recipientUnit("Văn phòng Sở", "VP")
                .build()).id();

        assertThatThrownBy(() -> approvals.as("cv.vp", () -> plans.get(own))).isInstanceOf(NotAllowedException.class);
        assertThat(approvals.as("cv.vp", () -> plans.get(addressed)).id()).isEqualTo(addressed);
        assertThat(approvals.as("tp.gdtrh", () -> plans.get(own)).id()).isEqualTo(own);
        assertThat(approvals.as("pgd2", () -> plans.get(own)).id()).isEqualTo(own);
    }

    // ---- after issuing ----

    @Test
    void the_members_of_an_internal_recipient_unit_are_notified_when_the_plan_is_issued() {
        PlanContent content = PlanDrafts.of("GDTrH").recipientUnit("Thanh tra Sở", "TTR").build();
        PlanDetails signed = approvals.createdAndSigned("cv.gdtrh", content);
        long specialistBefore = approvals.as("cv.ttr", () -> notifications.unreadCount());
        long headBefore = approvals.as("tp.ttr", () -> notifications.unreadCount());
        long outsiderBefore = approvals.as("cv.gdmn", () -> notifications.unreadCount());

        PlanDetails issued = approvals.decide("vanthu", signed.id(), Decision.ISSUE, null);

        assertThat(approvals.as("cv.ttr", () -> notifications.unreadCount())).isEqualTo(specialistBefore + 1);
        assertThat(approvals.as("tp.ttr", () -> notifications.unreadCount())).isEqualTo(headBefore + 1);
        assertThat(approvals.as("cv.gdmn", () -> notifications.unreadCount())).isEqualTo(outsiderBefore);
        assertThat(approvals.as("cv.ttr", () -> notifications.mine(0, 1))).singleElement()
                .satisfies(n -> assertThat(n.getPlanId()).isEqualTo(issued.id()));
    }
}
