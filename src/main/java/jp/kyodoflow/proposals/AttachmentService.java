package jp.kyodoflow.proposals;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.audit.AuditTrail;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachments of a proposal (plan, budget, bylaws, member list …), stored in PostgreSQL. Only PDF,
 * PNG and JPEG, recognised by their content and not only by the name; at most 10 MB each, 10 per proposal.
 */
@Service
@Transactional
public class AttachmentService {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_FILES = 10;
    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", new byte[] {'%', 'P', 'D', 'F'},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    public record AttachmentView(Long id, String fileName, String contentType, int sizeBytes, String uploadedBy,
                                 OffsetDateTime uploadedAt) {
    }

    public record FileContent(String fileName, String contentType, byte[] data) {
    }

    private final ProposalService proposals;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    AttachmentService(ProposalService proposals, JdbcTemplate jdbc, AuditTrail audit) {
        this.proposals = proposals;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public AttachmentView upload(CurrentUser user, long proposalId, String fileName, byte[] data) {
        Proposal p = proposals.own(user, proposalId);
        p.requireEditable();
        if (data == null || data.length == 0) {
            throw new BusinessRuleException("ファイルが空です");
        }
        if (data.length > MAX_BYTES) {
            throw new BusinessRuleException("ファイルが大きすぎます（1ファイル10MBまで）");
        }
        String type = detect(data);
        if (type == null) {
            throw new BusinessRuleException("添付できるのはPDF・PNG・JPEGの書類だけです");
        }
        String name = fileName == null || fileName.isBlank() ? "添付書類" : fileName.replaceAll("[\\\\/]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        Integer count = jdbc.queryForObject("select count(*) from proposal_attachment where proposal_id = ?", Integer.class, proposalId);
        if (count != null && count >= MAX_FILES) {
            throw new BusinessRuleException("添付書類は1件の提案につき" + MAX_FILES + "点までです");
        }
        Long id = jdbc.queryForObject("insert into proposal_attachment (proposal_id, file_name, content_type, size_bytes, data,"
                + " uploaded_by) values (?, ?, ?, ?, ?, ?) returning id", Long.class, proposalId, name, type, data.length, data,
                user.userId());
        audit.record(ProposalService.CASE, proposalId, "添付書類", "UPLOADED", name, user.userId());
        return list(user, proposalId).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<AttachmentView> list(CurrentUser user, long proposalId) {
        proposals.visible(user, proposalId);
        return jdbc.query("select id, file_name, content_type, size_bytes, uploaded_by, uploaded_at from proposal_attachment"
                        + " where proposal_id = ? order by id", (rs, i) -> new AttachmentView(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getInt(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class)), proposalId);
    }

    @Transactional(readOnly = true)
    public FileContent download(CurrentUser user, long proposalId, long attachmentId) {
        proposals.visible(user, proposalId);
        return jdbc.query("select file_name, content_type, data from proposal_attachment where id = ? and proposal_id = ?",
                        (rs, i) -> new FileContent(rs.getString(1), rs.getString(2), rs.getBytes(3)), attachmentId, proposalId)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("添付書類が見つかりません"));
    }

    static String detect(byte[] data) {
        for (Map.Entry<String, byte[]> e : SIGNATURES.entrySet()) {
            byte[] sig = e.getValue();
            if (data.length >= sig.length && Arrays.equals(Arrays.copyOf(data, sig.length), sig)) {
                return e.getKey();
            }
        }
        return null;
    }
}
