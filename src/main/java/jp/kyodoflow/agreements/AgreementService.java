package jp.kyodoflow.agreements;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kyodoflow.agreements.events.AgreementChangesRequested;
import jp.kyodoflow.agreements.events.AgreementDrafted;
import jp.kyodoflow.agreements.events.AgreementSignatureRecorded;
import jp.kyodoflow.agreements.events.AgreementSigned;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.common.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements (協定書): drafted in 協議, signed by both sides in either order. A draft that nobody
 * has answered yet may be edited; once anyone has signed or asked for changes, a change is a new
 * version, and both sides sign again. Old versions stay readable.
 */
@Service
@Transactional
public class AgreementService {

    public static final String CITY = "CITY";
    public static final String GROUP = "GROUP";

    /** The project year an agreement is drafted for. */
    public record ForProject(long projectId, String title, FiscalYear fiscalYear, int projectYear) {
    }

    /** The two sides: the city (the department's name) and the partner group. */
    public record Parties(String cityName, long groupId, String groupName) {
    }

    public record TargetView(String description, String indicator, String targetValue) {
    }

    public record RoleView(String party, String partyName, String description) {
    }

    public record SignatureView(String party, String decision, String signer, String comment, OffsetDateTime at) {
    }

    public record AgreementView(Long id, Long projectId, int versionNo, int fiscalYear, int projectYear, String status,
                                String purpose, LocalDate periodFrom, LocalDate periodTo, List<TargetView> targets,
                                List<RoleView> roles, long cityContributionYen, long groupOwnFundsYen,
                                String inKindDescription, Long inKindValueYen, String schedule, String risks,
                                String draftedBy, OffsetDateTime draftedAt, OffsetDateTime signedAt,
                                Long previousVersionId, List<SignatureView> signatures) {
    }

    public record SignOutcome(boolean fullySigned, boolean changesRequested) {
    }

    private final AgreementRepository agreements;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgreementService(AgreementRepository agreements, ApplicationEventPublisher events, Clock clock) {
        this.agreements = agreements;
        this.events = events;
        this.clock = clock;
    }

    /** @return the id of the version to sign: the unanswered draft, edited, or a new version. */
    public long draft(ForProject project, Parties parties, AgreementDraft d, String actor) {
        long projectId = project.projectId();
        FiscalYear year = project.fiscalYear();
        validate(d, year);
        Optional<Agreement> latest = agreements.findFirstByProjectIdOrderByVersionNoDesc(projectId);
        Agreement target;
        if (latest.isPresent() && latest.get().isDraft() && latest.get().signatures.isEmpty()) {
            target = latest.get();
        } else {
            target = new Agreement();
            target.projectId = projectId;
            target.versionNo = latest.map(a -> a.versionNo + 1).orElse(1);
            target.previousVersionId = latest.map(a -> a.id).orElse(null);
            latest.filter(Agreement::isDraft).ifPresent(a -> a.status = AgreementStatus.WITHDRAWN);
        }
        fill(target, d, parties, year, project.projectYear(), actor, OffsetDateTime.now(clock));
        target = agreements.save(target);
        events.publishEvent(new AgreementDrafted(target.id, target.versionNo, projectId, project.title(),
                parties.groupId(), d.purpose(), d.cityContribution(), actor));
        return target.id;
    }

    public SignOutcome sign(long agreementId, String party, String decision, String signer, String comment) {
        Agreement a = load(agreementId);
        if (!a.isDraft()) {
            throw new BusinessRuleException("この版の協定はすでに確定しているため、署名できません");
        }
        if (a.hasSignatureFrom(party)) {
            throw new BusinessRuleException("この版の協定には、すでに回答済みです");
        }
        SignatureDecision answer = SignatureDecision.fromForm(decision);
        boolean sign = answer == SignatureDecision.SIGNED;
        if (!sign && (comment == null || comment.isBlank())) {
            throw new BusinessRuleException("修正を求める場合は、修正してほしい点をコメントに入力してください");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Agreement.Signature s = new Agreement.Signature(now);
        s.party = party;
        s.decision = answer;
        s.signer = signer;
        s.comment = comment;
        a.signatures.add(s);
        if (!sign) {
            events.publishEvent(new AgreementChangesRequested(a.id, a.versionNo, a.projectId, party, signer, comment));
        } else if (a.signedByBoth()) {
            a.status = AgreementStatus.SIGNED;
            a.signedAt = now;
            events.publishEvent(new AgreementSigned(a.id, a.versionNo, a.projectId, a.fiscalYear, a.projectYear,
                    a.periodFrom, a.periodTo, party, signer, comment));
            agreements.findByProjectIdOrderByVersionNoAsc(a.projectId).stream()
                    .filter(old -> old.status == AgreementStatus.SIGNED && !old.id.equals(a.id))
                    .forEach(old -> old.status = AgreementStatus.SUPERSEDED);
        } else {
            events.publishEvent(new AgreementSignatureRecorded(a.id, a.versionNo, a.projectId, party, signer, comment));
        }
        return new SignOutcome(a.status == AgreementStatus.SIGNED, !sign);
    }

    @Transactional(readOnly = true)
    public List<AgreementView> forProject(long projectId) {
        return agreements.findByProjectIdOrderByVersionNoAsc(projectId).stream().map(AgreementService::view).toList();
    }

    @Transactional(readOnly = true)
    public AgreementView forAgreement(long agreementId) {
        return view(load(agreementId));
    }

    @Transactional(readOnly = true)
    public Optional<AgreementView> latest(long projectId) {
        return agreements.findFirstByProjectIdOrderByVersionNoDesc(projectId).map(AgreementService::view);
    }

    /** The agreement as the signing forms show it. */
    @Transactional(readOnly = true)
    public String summary(long agreementId) {
        return AgreementText.render(view(load(agreementId)));
    }

    private static void validate(AgreementDraft d, FiscalYear year) {
        List<String> problems = new ArrayList<>();
        if (d.purpose() == null || d.purpose().isBlank()) {
            problems.add("目的を入力してください");
        }
        if (d.periodFrom() == null || d.periodTo() == null) {
            problems.add("期間（開始・終了）を入力してください");
        } else if (d.periodFrom().isAfter(d.periodTo())) {
            problems.add("期間の開始日が終了日より後になっています");
        } else if (!year.contains(d.periodFrom()) || !year.contains(d.periodTo())) {
            problems.add("期間は" + year.label() + "内（" + year.firstDay() + "〜" + year.lastDay() + "）にしてください");
        }
        if (d.targets().isEmpty() || d.targets().stream().anyMatch(t -> blank(t.description()) || blank(t.targetValue()))) {
            problems.add("成果目標を1件以上、目標と目標値の両方を入力してください");
        }
        if (d.cityRoles().isEmpty()) {
            problems.add("市の役割を1件以上入力してください");
        }
        if (d.groupRoles().isEmpty()) {
            problems.add("団体の役割を1件以上入力してください");
        }
        if (d.cityContribution() == null || d.cityContribution() < 0) {
            problems.add("市の負担金を0円以上で入力してください");
        }
        if (d.groupOwnFunds() == null || d.groupOwnFunds() < 0) {
            problems.add("団体の自己資金を0円以上で入力してください");
        }
        if (d.inKindValue() != null && d.inKindValue() < 0) {
            problems.add("現物・労務の評価額は0円以上で入力してください");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("協定の内容に不足があります", problems);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void fill(Agreement a, AgreementDraft d, Parties parties, FiscalYear year, int projectYear,
                             String actor, OffsetDateTime now) {
        a.fiscalYear = year.year();
        a.projectYear = projectYear;
        a.status = AgreementStatus.DRAFT;
        a.purpose = d.purpose();
        a.periodFrom = d.periodFrom();
        a.periodTo = d.periodTo();
        a.cityContributionYen = d.cityContribution();
        a.groupOwnFundsYen = d.groupOwnFunds();
        a.inKindDescription = d.inKindDescription();
        a.inKindValueYen = d.inKindValue();
        a.schedule = d.schedule();
        a.risks = d.risks();
        a.draftedBy = actor;
        a.draftedAt = now;
        a.targets.clear();
        for (int i = 0; i < d.targets().size(); i++) {
            Agreement.Target t = new Agreement.Target();
            t.position = i + 1;
            t.description = d.targets().get(i).description();
            t.indicator = d.targets().get(i).indicator();
            t.targetValue = d.targets().get(i).targetValue();
            a.targets.add(t);
        }
        a.roles.clear();
        addRoles(a, CITY, parties.cityName(), d.cityRoles());
        addRoles(a, GROUP, parties.groupName(), d.groupRoles());
    }

    private static void addRoles(Agreement a, String party, String partyName, List<AgreementDraft.RoleInput> roles) {
        for (int i = 0; i < roles.size(); i++) {
            Agreement.Role r = new Agreement.Role();
            r.party = party;
            r.partyName = partyName;
            r.position = i + 1;
            r.description = roles.get(i).description();
            a.roles.add(r);
        }
    }

    private Agreement load(long id) {
        return agreements.findById(id).orElseThrow(() -> new NotFoundException("協定が見つかりません"));
    }

    private static AgreementView view(Agreement a) {
        return new AgreementView(a.id, a.projectId, a.versionNo, a.fiscalYear, a.projectYear, a.status.name(),
                a.purpose, a.periodFrom, a.periodTo,
                a.targets.stream().map(t -> new TargetView(t.description, t.indicator, t.targetValue)).toList(),
                a.roles.stream().map(r -> new RoleView(r.party, r.partyName, r.description)).toList(),
                a.cityContributionYen, a.groupOwnFundsYen, a.inKindDescription, a.inKindValueYen, a.schedule, a.risks,
                a.draftedBy, a.draftedAt, a.signedAt, a.previousVersionId,
                a.signatures.stream()
                        .map(s -> new SignatureView(s.party, s.decision.name(), s.signer, s.comment, s.signedAt))
                        .toList());
    }
}
