package jp.kyodoflow.proposals;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodoflow.audit.AuditTrail;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachments of a proposal (plan, budget, bylaws, member list …), stored in PostgreSQL. Only PDF,
 * PNG and JPEG, recognised by their whole structure and not by the name ({@link AttachmentContent});
 * at most 10 MB each, 10 per proposal.
 */
@Service
@Transactional
public class AttachmentService {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_FILES = 10;

    public record AttachmentView(Long id, String fileName, String contentType, int sizeBytes, String uploadedBy,
                                 OffsetDateTime uploadedAt) {
    }

    public record FileContent(String fileName, String contentType, byte[] data) {
    }

    private final ProposalService proposals;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    AttachmentService(ProposalService proposals, JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.proposals = proposals;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Stores one file. The proposal's row is locked first, so that simultaneous uploads are counted
     * one after the other and the limit of {@value #MAX_FILES} files holds.
     */
    public AttachmentView upload(CurrentUser user, long proposalId, String fileName, byte[] data) {
        Proposal p = proposals.ownForUpdate(user, proposalId);
        p.requireEditable();
        if (data == null || data.length == 0) {
            throw new BusinessRuleException("ファイルが空です");
        }
        if (data.length > MAX_BYTES) {
            throw new BusinessRuleException("ファイルが大きすぎます（1ファイル10MBまで）");
        }
        String name = fileName(fileName);
        String type = AttachmentContent.check(data);
        Integer count = jdbc.queryForObject("select count(*) from proposal_attachment where proposal_id = ?", Integer.class, proposalId);
        if (count != null && count >= MAX_FILES) {
            throw new BusinessRuleException("添付書類は1件の提案につき" + MAX_FILES + "点までです。不要な添付書類がないか確認してください");
        }
        Long id = jdbc.queryForObject("insert into proposal_attachment (proposal_id, file_name, content_type, size_bytes, data,"
                + " uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?) returning id", Long.class, proposalId, name, type,
                data.length, data, user.userId(), OffsetDateTime.now(clock));
        audit.record(ProposalService.CASE, proposalId, "添付書類", "UPLOADED", name, user.userId());
        return list(user, proposalId).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    /** The name as shown and downloaded: path separators replaced, the end kept when too long; control characters refused. */
    static String fileName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "添付書類";
        }
        if (fileName.codePoints().anyMatch(AttachmentService::forbiddenInName)) {
            throw new BusinessRuleException("ファイル名に使えない文字（改行・タブなどの制御文字や文字の向きを変える記号）が含まれています。"
                    + "ファイル名を変更してから添付してください");
        }
        String name = fileName.replaceAll("[\\\\/]", "_");
        int length = name.codePointCount(0, name.length());
        return length > 200 ? name.substring(name.offsetByCodePoints(0, length - 200)) : name;
    }

    private static boolean forbiddenInName(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F;
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
}
