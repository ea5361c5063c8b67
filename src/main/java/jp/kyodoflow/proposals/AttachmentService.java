package jp.kyodoflow.proposals;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.proposals.events.AttachmentUploaded;
import jp.kyodoflow.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
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

    private final ProposalAccess access;
    private final ProposalTables tables;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AttachmentService(ProposalAccess access, ProposalTables tables, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.tables = tables;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores one file. The proposal's row is locked first, so that simultaneous uploads are counted
     * one after the other and the limit of {@value #MAX_FILES} files holds.
     */
    public AttachmentView upload(CurrentUser user, long proposalId, String fileName, byte[] data) {
        Proposal p = access.ownForUpdate(user, proposalId);
        p.requireEditable();
        if (data == null || data.length == 0) {
            throw new BusinessRuleException("ファイルが空です");
        }
        if (data.length > MAX_BYTES) {
            throw new BusinessRuleException("ファイルが大きすぎます（1ファイル10MBまで）");
        }
        String name = fileName(fileName);
        String type = AttachmentContent.check(data);
        if (tables.attachmentCount(proposalId) >= MAX_FILES) {
            throw new BusinessRuleException("添付書類は1件の提案につき" + MAX_FILES + "点までです。不要な添付書類がないか確認してください");
        }
        long id = tables.insertAttachment(proposalId, name, type, data, user.userId(), OffsetDateTime.now(clock));
        events.publishEvent(new AttachmentUploaded(proposalId, id, name, user.userId()));
        return list(user, proposalId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
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
        access.visible(user, proposalId);
        return tables.attachments(proposalId);
    }

    @Transactional(readOnly = true)
    public FileContent download(CurrentUser user, long proposalId, long attachmentId) {
        access.visible(user, proposalId);
        return tables.attachment(proposalId, attachmentId).orElseThrow(() -> new NotFoundException("添付書類が見つかりません"));
    }
}
