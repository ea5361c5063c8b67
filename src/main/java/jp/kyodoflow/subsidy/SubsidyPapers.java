package jp.kyodoflow.subsidy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.municipality.MunicipalityProperties;
import jp.kyodoflow.subsidy.SubsidyRecords.Document;
import jp.kyodoflow.subsidy.SubsidyRecords.DocumentKind;
import jp.kyodoflow.subsidy.documents.Addressee;
import jp.kyodoflow.subsidy.documents.AmountFinalisation;
import jp.kyodoflow.subsidy.documents.GrantDecision;
import jp.kyodoflow.subsidy.documents.Letterhead;
import jp.kyodoflow.subsidy.documents.RepaymentOrder;
import jp.kyodoflow.subsidy.documents.SubsidyPdfs;
import org.springframework.stereotype.Component;

/**
 * Issues the official documents (交付決定通知書, 額確定通知書, 返還命令書) as PDF, numbered per programme and fiscal
 * year (佐広第12号), and keeps each as issued: a document once sent is never rendered again.
 */
@Component
class SubsidyPapers {

    private final SubsidyPdfs pdfs;
    private final DocumentRepository documents;
    private final GroupRegister register;
    private final MunicipalityProperties city;
    private final SubsidyProperties properties;
    private final EntityManager entityManager;
    private final Clock clock;

    SubsidyPapers(SubsidyPdfs pdfs, DocumentRepository documents, GroupRegister register, MunicipalityProperties city,
                  SubsidyProperties properties, EntityManager entityManager, Clock clock) {
        this.pdfs = pdfs;
        this.documents = documents;
        this.register = register;
        this.city = city;
        this.properties = properties;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    Document grantDecision(SubsidyApplication a, SubsidyRecords.Decision d, SubsidyRules rules, FiscalYear year,
                           Long previousGrantedYen, java.util.List<String> conditions) {
        var programme = rules.programme(a.programmeCode);
        String number = nextNumber(programme.documentPrefix(), year);
        LocalDate today = LocalDate.now(clock);
        byte[] pdf = pdfs.grantDecision(new GrantDecision(number, today, letterhead(programme), addressee(a.groupId),
                programme.name(), year, rules.track(a.trackCode).label(), a.content.title(), a.submittedAt.toLocalDate(),
                a.key(), a.requestedYen, d.eligibleYen, d.grantedYen, d.reason, d.versionNo, previousGrantedYen,
                a.content.periodFrom(), a.content.periodTo(), a.reportDue, conditions));
        return save(a.id, DocumentKind.GRANT_DECISION, number, today, pdf);
    }

    Document amountFinalisation(SubsidyApplication a, SubsidyRules rules, FiscalYear year, long toPay, long toRepay) {
        var programme = rules.programme(a.programmeCode);
        String number = nextNumber(programme.documentPrefix(), year);
        LocalDate today = LocalDate.now(clock);
        byte[] pdf = pdfs.amountFinalisation(new AmountFinalisation(number, today, letterhead(programme), addressee(a.groupId),
                programme.name(), year, a.content.title(), a.key(), a.decidedOn, a.grantedYen, a.actualEligibleYen,
                a.finalYen, a.advancedYen, toPay, toRepay, a.finalWorking));
        return save(a.id, DocumentKind.AMOUNT_FINALISATION, number, today, pdf);
    }

    Document repaymentOrder(SubsidyApplication a, SubsidyRules rules, FiscalYear year, String cause, long finalYen,
                            long repayYen, LocalDate dueOn) {
        var programme = rules.programme(a.programmeCode);
        String number = nextNumber(programme.documentPrefix(), year);
        LocalDate today = LocalDate.now(clock);
        byte[] pdf = pdfs.repaymentOrder(new RepaymentOrder(number, today, letterhead(programme), addressee(a.groupId),
                programme.name(), year, a.content.title(), a.key(), cause, finalYen, a.advancedYen, repayYen, dueOn));
        return save(a.id, DocumentKind.REPAYMENT_ORDER, number, today, pdf);
    }

    private Letterhead letterhead(SubsidyRules.Programme programme) {
        String issuer = properties.issuer() == null ? city.name() + "長" : properties.issuer();
        return new Letterhead(city.name(), issuer, programme.section());
    }

    private Addressee addressee(long groupId) {
        var g = register.find(groupId).orElseThrow().group();
        return new Addressee(g.name(), g.representativeName(), g.baseAddress());
    }

    private Document save(long applicationId, DocumentKind kind, String number, LocalDate issuedOn, byte[] pdf) {
        Document d = new Document();
        d.applicationId = applicationId;
        d.kind = kind;
        d.documentNumber = number;
        d.issuedOn = issuedOn;
        d.pdf = pdf;
        d.createdAt = OffsetDateTime.now(clock);
        return documents.saveAndFlush(d);
    }

    /** The next number of the prefix's year, taken under the counter row's lock (two nodes never share one). */
    private String nextNumber(String prefix, FiscalYear year) {
        Number n = (Number) entityManager.createNativeQuery("""
                insert into subsidy_document_counter (prefix, fiscal_year, last_no) values (?1, ?2, 1)
                on conflict (prefix, fiscal_year) do update set last_no = subsidy_document_counter.last_no + 1
                returning last_no""").setParameter(1, prefix).setParameter(2, year.year()).getSingleResult();
        return prefix + "第" + n.intValue() + "号";
    }
}
