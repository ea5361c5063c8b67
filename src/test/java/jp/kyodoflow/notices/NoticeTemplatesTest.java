package jp.kyodoflow.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import jp.kyodoflow.common.JapaneseFormat;
import org.junit.jupiter.api.Test;

/** The notice texts: defaults from notices/templates, a city's own wording from configuration. */
class NoticeTemplatesTest {

    static NoticeTemplates with(Map<String, NoticeTemplateProperties.Template> overrides) throws Exception {
        return new NoticeTemplates(new NoticeTemplateProperties(overrides),
                new jp.kyodoflow.municipality.MunicipalityProperties("佐久市", "長野県", "市民活動推進課", null));
    }

    @Test
    void aMailIsTheNoticeWithTheLinkToItsPageAndTheFooterOfTheCity() throws Exception {
        var notice = with(Map.of()).render("proposal-submitted", Map.of("title", "子ども食堂"));
        var mail = with(Map.of()).mail(notice, NoticeTemplates.Page.PORTAL, "https://kyodo.example.lg.jp");

        assertThat(mail.title()).isEqualTo("提案を受け付けました");
        assertThat(mail.body()).isEqualTo("「子ども食堂」の提出を受け付けました。要件審査の結果をお知らせします。\n\n"
                + "マイページで確認してください：https://kyodo.example.lg.jp/mypage\n\n--\n"
                + "このメールは佐久市の協働フローから自動で送信しています。このメールには返信できません。\n");
        assertThat(with(Map.of()).mail(notice, NoticeTemplates.Page.TASKLIST, "https://kyodo.example.lg.jp").body())
                .contains("タスク一覧（Tasklist）で確認してください：https://kyodo.example.lg.jp/camunda/app/tasklist/");
    }

    @Test
    void aDefaultTemplateRendersItsValuesTheJapaneseWay() throws Exception {
        var deadline = OffsetDateTime.of(2026, 6, 15, 17, 0, 0, 0, ZoneOffset.ofHours(9));
        var text = with(Map.of()).render("group-sent-back", Map.of("reason", "会員名簿を添付してください",
                "deadline", deadline));

        assertThat(text.title()).isEqualTo("団体登録申請の差戻し");
        assertThat(text.body()).isEqualTo("申請を差し戻しました。理由：会員名簿を添付してください　" + JapaneseFormat.day(deadline)
                + "までに修正して再提出してください。期限を過ぎると申請は失効します。");
        assertThat(text.body()).contains("2026年6月15日までに");
    }

    @Test
    void aCityChangesOneTextAndKeepsTheOther() throws Exception {
        var templates = with(Map.of("group-registered",
                new NoticeTemplateProperties.Template(null, "{groupName}さま、登録番号は{registrationNumber}です。")));

        var text = templates.render("group-registered", Map.of("groupName", "佐久緑化クラブ",
                "registrationNumber", "R8-0001", "validUntil", LocalDate.of(2027, 3, 31)));

        assertThat(text.title()).isEqualTo("団体登録のお知らせ");
        assertThat(text.body()).isEqualTo("佐久緑化クラブさま、登録番号はR8-0001です。");
    }

    @Test
    void anOverrideOfNoKnownTemplateStopsTheStart() {
        assertThatThrownBy(() -> with(Map.of("group-registred", new NoticeTemplateProperties.Template("x", "y"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("group-registred");
    }

    @Test
    void aMissingValueIsAnErrorNotABlank() throws Exception {
        assertThatThrownBy(() -> with(Map.of()).render("group-refused", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{reason}");
    }
}
