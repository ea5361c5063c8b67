package jp.kyodoflow.proposals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The module's tables that have no entity, in SQL: the one-per-group submission lock, pre-consultations,
 * the departments' opinions and the attachments. The services use this and the JPA repositories, never
 * a JdbcTemplate of their own.
 */
@Repository
class ProposalTables {

    private final JdbcTemplate jdbc;

    ProposalTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the group's one submission to the call; false when the group has submitted already (the
     * unique key decides, so two simultaneous submissions cannot both pass).
     */
    boolean lockSubmission(long roundId, long groupId, long proposalId) {
        try {
            jdbc.update("insert into proposal_submission_lock (round_id, group_id, proposal_id) values (?, ?, ?)",
                    roundId, groupId, proposalId);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    // ---- 事前相談 ----

    /** Whether the group came for a pre-consultation to the call, on or before the cutoff if there is one. */
    boolean hadPreConsultation(long roundId, long groupId, LocalDate cutoff) {
        Integer n = jdbc.queryForObject("select count(*) from pre_consultation where round_id = ? and group_id = ?"
                + " and (cast(? as date) is null or held_on <= ?)", Integer.class, roundId, groupId, cutoff, cutoff);
        return n != null && n > 0;
    }

    long insertPreConsultation(long roundId, ProposalInputs.PreConsultationInput in, String actor, OffsetDateTime at) {
        return jdbc.queryForObject("insert into pre_consultation (round_id, group_id, held_on, people, department_group,"
                        + " notes, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id", Long.class, roundId,
                in.groupId(), in.heldOn(), in.people(), in.departmentGroup(), in.notes(), actor, at);
    }

    List<ProposalRoundService.PreConsultationView> preConsultations(long roundId) {
        return jdbc.query("select id, group_id, held_on, people, department_group, notes, recorded_by from pre_consultation"
                        + " where round_id = ? order by held_on, id", (rs, i) -> new ProposalRoundService.PreConsultationView(
                        rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)), roundId);
    }

    // ---- 意見照会 ----

    /** Stores a department's opinion; false when the department has given one already. */
    boolean insertOpinion(long proposalId, String department, ProposalInputs.DepartmentOpinion o, String actor,
                          OffsetDateTime at) {
        try {
            jdbc.update("insert into department_opinion (proposal_id, department_group, feasibility, role_fit,"
                            + " budget_availability, comments, given_by, given_at) values (?, ?, ?, ?, ?, ?, ?, ?)", proposalId,
                    department, o.feasibility(), o.roleFit(), o.budgetAvailability(), o.comments(), actor, at);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    // ---- 添付書類 ----

    int attachmentCount(long proposalId) {
        Integer count = jdbc.queryForObject("select count(*) from proposal_attachment where proposal_id = ?", Integer.class,
                proposalId);
        return count == null ? 0 : count;
    }

    long insertAttachment(long proposalId, String fileName, String contentType, byte[] data, String actor,
                          OffsetDateTime at) {
        return jdbc.queryForObject("insert into proposal_attachment (proposal_id, file_name, content_type, size_bytes, data,"
                        + " uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?) returning id", Long.class, proposalId, fileName,
                contentType, data.length, data, actor, at);
    }

    List<AttachmentService.AttachmentView> attachments(long proposalId) {
        return jdbc.query("select id, file_name, content_type, size_bytes, uploaded_by, uploaded_at from proposal_attachment"
                        + " where proposal_id = ? order by id", (rs, i) -> new AttachmentService.AttachmentView(rs.getLong(1),
                        rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class)),
                proposalId);
    }

    Optional<AttachmentService.FileContent> attachment(long proposalId, long attachmentId) {
        return jdbc.query("select file_name, content_type, data from proposal_attachment where id = ? and proposal_id = ?",
                        (rs, i) -> new AttachmentService.FileContent(rs.getString(1), rs.getString(2), rs.getBytes(3)),
                        attachmentId, proposalId).stream().findFirst();
    }

    /** A department's opinion as the committee's dossier shows it. */
    record OpinionLine(String department, String feasibility, String roleFit, String budgetAvailability, String comments) {
    }

    List<OpinionLine> opinions(long proposalId) {
        return jdbc.query("select department_group, feasibility, role_fit, budget_availability, comments from department_opinion"
                        + " where proposal_id = ? order by department_group",
                (rs, i) -> new OpinionLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                proposalId);
    }

    // ---- the call's page ----

    /** The departments that have given their opinion, per proposal of the call (one query for the whole call). */
    java.util.Map<Long, List<String>> opinionDepartments(long roundId) {
        java.util.Map<Long, List<String>> given = new java.util.HashMap<>();
        jdbc.query("select o.proposal_id, o.department_group from department_opinion o join proposal p on p.id = o.proposal_id"
                        + " where p.round_id = ? order by o.proposal_id, o.department_group",
                rs -> {
                    given.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getString(2));
                }, roundId);
        return given;
    }
}
