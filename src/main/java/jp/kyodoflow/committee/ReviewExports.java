package jp.kyodoflow.committee;

import java.util.Arrays;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.committee.round.RoundExports;
import jp.kyodoflow.committee.round.RoundFiles;
import jp.kyodoflow.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * A round's exports for other doors than the API (the portal's download links): the same files and the
 * same rules as {@code GET /api/review-rounds/{id}/export.csv|xlsx}, through the same service.
 */
@Service
public class ReviewExports {

    /** The CSV sheets: 採点表, 集計・順位, 除斥 (name is what the API's {@code sheet} takes). */
    public record SheetInfo(String name, String title) {
    }

    private final RoundFiles files;

    ReviewExports(RoundFiles files) {
        this.files = files;
    }

    public java.util.List<SheetInfo> sheets() {
        return Arrays.stream(RoundExports.Sheet.values()).map(s -> new SheetInfo(s.name(), s.title())).toList();
    }

    /** One sheet as CSV (UTF-8 with BOM); an unknown sheet is not found. */
    public byte[] csv(CurrentUser user, long roundId, String sheet) {
        RoundExports.Sheet s = Arrays.stream(RoundExports.Sheet.values()).filter(x -> x.name().equals(sheet)).findFirst()
                .orElseThrow(() -> new NotFoundException("出力する表が見つかりません"));
        return files.csv(user, roundId, s);
    }

    /** The three sheets as one workbook. */
    public byte[] xlsx(CurrentUser user, long roundId) {
        return files.xlsx(user, roundId);
    }
}
