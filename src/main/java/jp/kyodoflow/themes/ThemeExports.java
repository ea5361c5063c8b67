package jp.kyodoflow.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.common.ForbiddenException;
import jp.kyodoflow.common.JapaneseFormat;
import jp.kyodoflow.municipality.MunicipalityProperties;
import jp.kyodoflow.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's files of the scheme: a fiscal year's themes (one row per publication, or one for a theme not yet
 * published) and a theme's published Q&A (without the asker), each as CSV or XLSX ({@link ThemeSheets}).
 * A department person's file holds their own themes and the published ones, as the list on screen does.
 */
@Service
@Transactional(readOnly = true)
public class ThemeExports {

    static final List<String> THEME_HEADER = List.of("テーマ番号", "年度", "テーマ名", "担当課", "市の負担額の上限（円）",
            "市の負担割合（%）", "状況", "公募", "募集開始", "募集締切", "提案件数", "結果", "協働の相手（団体）", "事業番号");
    static final List<String> QA_HEADER = List.of("質問番号", "質問", "回答", "回答日時");

    private final ThemeEntries entries;
    private final ThemeQuestions questions;
    private final ThemeService themes;
    private final MunicipalityProperties city;

    ThemeExports(ThemeEntries entries, ThemeQuestions questions, ThemeService themes, MunicipalityProperties city) {
        this.entries = entries;
        this.questions = questions;
        this.themes = themes;
        this.city = city;
    }

    public byte[] themesCsv(CurrentUser user, int fiscalYear) {
        return ThemeSheets.csv(themeSheet(user, fiscalYear));
    }

    public byte[] themesXlsx(CurrentUser user, int fiscalYear) {
        return ThemeSheets.xlsx(themeSheet(user, fiscalYear));
    }

    public byte[] qaCsv(CurrentUser user, long themeId) {
        return ThemeSheets.csv(qaSheet(user, themeId));
    }

    public byte[] qaXlsx(CurrentUser user, long themeId) {
        return ThemeSheets.xlsx(qaSheet(user, themeId));
    }

    ThemeSheets.Sheet themeSheet(CurrentUser user, int fiscalYear) {
        requireStaff(user);
        Map<Long, String> names = entries.groupNames();
        List<List<Object>> rows = new ArrayList<>();
        for (Theme t : entries.ofYear(user, fiscalYear)) {
            boolean internal = ThemeService.mayReadInternal(user, t);
            List<Publication> all = entries.publicationsOf(t);
            if (all.isEmpty()) {
                rows.add(row(t, null));
            }
            all.forEach(p -> rows.add(row(t, entries.outcome(p, names, internal))));
        }
        return new ThemeSheets.Sheet(new FiscalYear(fiscalYear).label() + " 行政提案型テーマ", THEME_HEADER, rows);
    }

    private List<Object> row(Theme t, ThemeEntries.PublicationOutcome o) {
        List<Object> row = new ArrayList<>(Arrays.asList("TH-" + t.id, new FiscalYear(t.fiscalYear).label(), t.title,
                city.departmentName(t.departmentGroup), t.budgetCeilingYen, (long) t.fundingRate, t.status.label()));
        if (o == null) {
            row.addAll(Arrays.asList(null, null, null, null, null, null, null));
        } else {
            row.addAll(Arrays.asList(o.callTitle(), JapaneseFormat.dayTime(o.opensAt()), JapaneseFormat.dayTime(o.closesAt()),
                    (long) o.proposalCount(), o.outcomeLabel(), o.partnerGroupName(),
                    o.projectId() == null ? null : "PJ-" + o.projectId()));
        }
        return row;
    }

    ThemeSheets.Sheet qaSheet(CurrentUser user, long themeId) {
        requireStaff(user);
        ThemeService.ThemeView theme = themes.get(user, themeId);
        List<List<Object>> rows = questions.published(themeId).stream()
                .map(a -> List.<Object>of("Q-" + a.questionId(), a.question(), a.answer(), JapaneseFormat.dayTime(a.answeredAt())))
                .toList();
        return new ThemeSheets.Sheet(shorten("質問と回答 " + theme.title()), QA_HEADER, rows);
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isStaff()) {
            throw new ForbiddenException("一覧の出力は、市の職員だけが行えます");
        }
    }

    /** Excel's sheet names hold at most 31 characters. */
    private static String shorten(String title) {
        String safe = title.replaceAll("[\\\\/?*\\[\\]:]", "・");
        return safe.length() <= 31 ? safe : safe.substring(0, 30) + "…";
    }
}
