package jp.kyodoflow.subsidy.documents;

import jp.kyodoflow.documents.Typesetter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The three documents read back as text, as the group (or an auditor) reads them. */
class SubsidyPdfsTest {

    private static final SubsidyPdfs PDFS = new SubsidyPdfs();

    @Test
    void aGrantDecisionNamesTheAmountInFiguresAndWordsAndWhyItIsLessThanRequested() throws Exception {
        byte[] pdf = PDFS.grantDecision(Samples.grantDecision());
        String text = PdfReading.flatText(pdf);

        assertThat(text).contains("佐広第12号", "令和8年12月2日", "佐久こども食堂ネットワーク", "代表者山田花子様", "佐久市長",
                "令和8年度佐久っと支援金交付決定通知書", "令和8年10月1日付けで申請のあった",
                "申請番号SA-12", "事業名こども食堂を拠点にした地域の見守りと多世代交流の場づくり", "区分通常",
                "交付決定額350,000円（金参拾五万円也）", "対象経費の額700,000円", "交付申請額400,000円",
                "減額の理由備品購入費（冷蔵庫）は団体の通常の運営に要する経費に当たるため、対象経費から除いた。",
                "事業期間令和8年12月10日から令和9年3月15日まで", "実績報告の期限令和9年3月31日",
                "交付の条件(1)交付決定の内容を変更しようとするときは", "(4)事業の成果を報告会等で公表するときは",
                "以上", "問い合わせ先", "佐久市広報広聴課");
        assertThat(text).doesNotContain("変更交付決定通知書", "変更前");
        assertThat(PdfReading.pages(pdf)).isEqualTo(1);
    }

    @Test
    void aGrantOfTheWholeRequestGivesNoReductionReason() throws Exception {
        GrantDecision d = Samples.grantDecision();
        String text = PdfReading.flatText(PDFS.grantDecision(new GrantDecision(d.documentNumber(), d.issuedOn(), d.from(), d.to(),
                d.programmeName(), d.fiscalYear(), d.trackLabel(), d.projectTitle(), d.appliedOn(), d.applicationKey(), 350_000,
                700_000, 350_000, null, 1, null, d.periodFrom(), d.periodTo(), d.reportDue(), List.of())));

        assertThat(text).contains("交付決定額350,000円（金参拾五万円也）", "交付申請額350,000円");
        assertThat(text).doesNotContain("減額の理由", "交付の条件");
    }

    @Test
    void aChangedDecisionIsTitledAsAChangeAndNamesTheAmountItReplaces() throws Exception {
        String text = PdfReading.flatText(PDFS.grantDecision(Samples.changedDecision()));

        assertThat(text).contains("佐広第31号", "令和9年1月20日", "令和8年度佐久っと支援金変更交付決定通知書",
                "先に通知した交付決定の内容を下記のとおり変更する", "変更前の交付決定額350,000円",
                "変更後の交付決定額300,000円（金参拾万円也）（変更前から50,000円の減額）", "対象経費の額600,000円");
        assertThat(text).doesNotContain("減額の理由");
    }

    @Test
    void anAmountFinalisationWithTooMuchAdvancedNamesTheRepayment() throws Exception {
        String text = PdfReading.flatText(PDFS.amountFinalisation(Samples.amountFinalisation()));

        assertThat(text).contains("佐広第58号", "令和9年4月20日", "令和8年度佐久っと支援金額確定通知書",
                "令和8年12月2日付けで交付を決定した", "交付決定額350,000円", "対象経費の実支出額560,000円",
                "確定額280,000円（金弐拾八万円也）", "概算払済額350,000円", "返還額70,000円（金七万円也）",
                "確定額の算定交付決定額350,000円、対象経費の実支出額560,000円×1/2=280,000円（千円未満切捨て）のうち低い額",
                "返還命令書により納付してください");
        assertThat(text).doesNotContain("支払額");
    }

    @Test
    void anAmountFinalisationAboveTheAdvanceNamesWhatIsStillToBePaid() throws Exception {
        AmountFinalisation d = Samples.amountFinalisation();
        String text = PdfReading.flatText(PDFS.amountFinalisation(new AmountFinalisation(d.documentNumber(), d.issuedOn(),
                d.from(), d.to(), d.programmeName(), d.fiscalYear(), d.projectTitle(), d.applicationKey(), d.decidedOn(),
                d.grantedYen(), d.actualEligibleYen(), 280_000, 100_000, 180_000, 0, d.working())));

        assertThat(text).contains("確定額280,000円（金弐拾八万円也）", "概算払済額100,000円", "支払額180,000円", "請求書");
        assertThat(text).doesNotContain("返還額");
    }

    @Test
    void aRepaymentOrderNamesTheCauseTheAmountAndTheDueDate() throws Exception {
        String text = PdfReading.flatText(PDFS.repaymentOrder(Samples.repaymentOrder()));

        assertThat(text).contains("佐広第59号", "令和9年4月20日", "代表者山田花子様", "令和8年度佐久っと支援金返還命令書",
                "額の確定に伴い", "返還の理由額の確定", "確定額280,000円", "概算払済額350,000円",
                "返還額70,000円（金七万円也）", "納期限令和9年5月20日", "佐久市広報広聴課");
    }

    @Test
    void aThousandCharacterTitleWrapsWithinThePageAndIsAllThere() throws Exception {
        StringBuilder title = new StringBuilder();
        for (int i = 1; title.length() < 1000; i++) {
            title.append("（").append(i).append("）こども食堂を拠点にした見守り、「多世代交流」の場づくり。");
        }
        String longTitle = title.substring(0, 1000);
        GrantDecision d = Samples.grantDecision();
        byte[] pdf = PDFS.grantDecision(new GrantDecision(d.documentNumber(), d.issuedOn(), d.from(), d.to(), d.programmeName(),
                d.fiscalYear(), d.trackLabel(), longTitle, d.appliedOn(), d.applicationKey(), d.requestedYen(), d.eligibleYen(),
                d.grantedYen(), d.reductionReason(), 1, null, d.periodFrom(), d.periodTo(), d.reportDue(), d.conditions()));

        int pages = PdfReading.pages(pdf);
        String text = PdfReading.flatText(pdf).replace("佐広第12号令和8年度佐久っと支援金交付決定通知書（続き）", "")
                .replace("事業名（続き）", "");
        for (int n = 1; n <= pages; n++) {
            text = text.replace(n + "/" + pages, "");
        }
        assertThat(text).contains("事業名" + longTitle.replaceAll("\\s", "") + "区分通常");
        assertAllTextWithinTheMargins(pdf);
    }

    @Test
    void aLongListOfConditionsGoesOnToFurtherPagesNumberedAndMarkedAsContinued() throws Exception {
        GrantDecision d = Samples.grantDecision();
        List<String> conditions = IntStream.rangeClosed(1, 45)
                .mapToObj(i -> "条件その" + i + "：支援金に係る帳簿と領収書を事業完了の翌年度から5年間保存し、求めに応じて提示すること。")
                .toList();
        String url = "https://www.city.saku.nagano.jp/" + "a".repeat(300);
        byte[] pdf = PDFS.grantDecision(new GrantDecision(d.documentNumber(), d.issuedOn(), d.from(), d.to(), d.programmeName(),
                d.fiscalYear(), d.trackLabel(), d.projectTitle(), d.appliedOn(), d.applicationKey(), d.requestedYen(),
                d.eligibleYen(), d.grantedYen(), "詳しくは " + url + " を参照。", 1, null, d.periodFrom(), d.periodTo(),
                d.reportDue(), conditions));

        int pages = PdfReading.pages(pdf);
        String text = PdfReading.flatText(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(2);
        assertThat(text).contains("1/" + pages, pages + "/" + pages, "交付の条件（続き）", "(45)条件その45", url, "以上",
                "佐久市広報広聴課");
        assertAllTextWithinTheMargins(pdf);
    }

    @Test
    void embedsOnlyASubsetOfIPAexGothicAndStaysSmall() throws Exception {
        for (byte[] pdf : List.of(PDFS.grantDecision(Samples.grantDecision()), PDFS.grantDecision(Samples.changedDecision()),
                PDFS.amountFinalisation(Samples.amountFinalisation()), PDFS.repaymentOrder(Samples.repaymentOrder()))) {
            assertThat(pdf.length).isLessThan(200 * 1024);
            assertThat(PdfReading.fonts(pdf)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.name()).matches("[A-Z]{6}\\+IPAexGothic");
                assertThat(font.composite()).isTrue();
                assertThat(font.embedded()).isTrue();
                assertThat(font.embeddedBytes()).isBetween(1L, 150_000L);
            });
        }
    }

    @Test
    void theSameDocumentGivesTheSameBytes() throws Exception {
        assertThat(sha256(PDFS.grantDecision(Samples.grantDecision())))
                .isEqualTo(sha256(new SubsidyPdfs().grantDecision(Samples.grantDecision())));
    }

    @Test
    void documentsRenderedByFourThreadsAtOnceAreEachRight() throws Exception {
        List<Callable<byte[]>> jobs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            GrantDecision g = Samples.grantDecision();
            long granted = 100_000 + 1_000L * i;
            GrantDecision numbered = new GrantDecision("佐広第" + (100 + i) + "号", g.issuedOn(), g.from(), g.to(),
                    g.programmeName(), g.fiscalYear(), g.trackLabel(), g.projectTitle() + i, g.appliedOn(), g.applicationKey(),
                    g.requestedYen(), g.eligibleYen(), granted, g.reductionReason(), 1, null, g.periodFrom(), g.periodTo(),
                    g.reportDue(), g.conditions());
            jobs.add(() -> PDFS.grantDecision(numbered));
            jobs.add(() -> PDFS.amountFinalisation(Samples.amountFinalisation()));
            jobs.add(() -> PDFS.repaymentOrder(Samples.repaymentOrder()));
        }
        List<byte[]> alone = new ArrayList<>();
        for (Callable<byte[]> job : jobs) {
            alone.add(job.call());
        }

        int threads = 4;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<byte[]>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<byte[]> mine = new ArrayList<>();
                    for (int j = first; j < jobs.size(); j += threads) {
                        mine.add(jobs.get(j).call());
                    }
                    return mine;
                }));
            }
            for (int t = 0; t < threads; t++) {
                List<byte[]> mine = results.get(t).get(2, TimeUnit.MINUTES);
                for (int k = 0; k < mine.size(); k++) {
                    assertThat(sha256(mine.get(k))).as("job %d", t + k * threads).isEqualTo(sha256(alone.get(t + k * threads)));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(PdfReading.flatText(alone.get(3 * 7))).contains("佐広第107号", "交付決定額107,000円（金壱拾万七千円也）");
    }

    @Test
    void aCharacterTheFontLacksIsMarkedAndVariationSelectorsAndControlsAreDropped() throws Exception {
        GrantDecision d = Samples.grantDecision();
        String title = "こども食堂\uD83D\uDE00の葛\uDB40\uDD00飾\u0007区";
        String text = PdfReading.flatText(PDFS.grantDecision(new GrantDecision(d.documentNumber(), d.issuedOn(), d.from(), d.to(),
                d.programmeName(), d.fiscalYear(), d.trackLabel(), title, d.appliedOn(), d.applicationKey(), d.requestedYen(),
                d.eligibleYen(), d.grantedYen(), d.reductionReason(), 1, null, d.periodFrom(), d.periodTo(), d.reportDue(),
                d.conditions())));

        assertThat(text).contains("事業名こども食堂〓の葛飾区");
    }

    @Test
    void refusesFiguresThatDoNotAddUp() {
        GrantDecision g = Samples.grantDecision();
        assertThatThrownBy(() -> new GrantDecision(g.documentNumber(), g.issuedOn(), g.from(), g.to(), g.programmeName(),
                g.fiscalYear(), g.trackLabel(), g.projectTitle(), g.appliedOn(), g.applicationKey(), g.requestedYen(),
                g.eligibleYen(), g.grantedYen(), null, 2, null, g.periodFrom(), g.periodTo(), g.reportDue(), g.conditions()))
                .as("a change without the amount it replaces").isInstanceOf(IllegalArgumentException.class);
        AmountFinalisation a = Samples.amountFinalisation();
        assertThatThrownBy(() -> new AmountFinalisation(a.documentNumber(), a.issuedOn(), a.from(), a.to(), a.programmeName(),
                a.fiscalYear(), a.projectTitle(), a.applicationKey(), a.decidedOn(), a.grantedYen(), a.actualEligibleYen(),
                280_000, 350_000, 0, 60_000, a.working()))
                .as("a repayment that is not the advance less the final amount").isInstanceOf(IllegalArgumentException.class);
        RepaymentOrder r = Samples.repaymentOrder();
        assertThatThrownBy(() -> new RepaymentOrder(r.documentNumber(), r.issuedOn(), r.from(), r.to(), r.programmeName(),
                r.fiscalYear(), r.projectTitle(), r.applicationKey(), r.cause(), 350_000, 350_000, 0, r.dueOn()))
                .as("an order to repay nothing").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RepaymentOrder(r.documentNumber(), r.issuedOn(), r.from(), r.to(), r.programmeName(),
                r.fiscalYear(), r.projectTitle(), r.applicationKey(), r.cause(), r.finalYen(), r.advancePaidYen(),
                r.repayYen(), null)).as("no due date").isInstanceOf(NullPointerException.class);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Every glyph lies inside its page, and between the left and right margins. */
    private static void assertAllTextWithinTheMargins(byte[] pdf) throws Exception {
        List<PdfReading.Glyph> glyphs = PdfReading.glyphs(pdf);
        assertThat(glyphs).isNotEmpty().allSatisfy(g -> {
            float width = g.mediaBox().getWidth();
            assertThat(g.x()).as("%s on page %d", g.text(), g.page()).isGreaterThanOrEqualTo(Typesetter.MARGIN_LEFT - 0.01f);
            assertThat(g.x() + g.width()).as("%s on page %d", g.text(), g.page())
                    .isLessThanOrEqualTo(width - Typesetter.MARGIN_RIGHT + 0.01f);
            assertThat(g.y()).as("%s on page %d", g.text(), g.page()).isBetween(0f, g.mediaBox().getHeight() - g.height());
        });
    }
}
