package jp.kyodoflow.themes;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.ForbiddenException;
import jp.kyodoflow.common.JapaneseFormat;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.themes.events.ThemeQuestionAnswered;
import jp.kyodoflow.themes.events.ThemeQuestionAsked;
import jp.kyodoflow.workflow.CaseKeys;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Q&A of a published theme: a group asks before the call's cut-off, the department answers
 * (ThemeQuestionProcess, a task with a deadline), and every answer is published to everyone without the asker.
 */
@Service
@Transactional
public class ThemeQuestions {

    static final int QUESTION_MAX = 2000;
    static final int ANSWER_MAX = 4000;

    /** A published answer: no group, no person. */
    @Schema(name = "ThemeAnswerView")
    public record AnswerView(long questionId, long themeId, String question, String answer, OffsetDateTime answeredAt) {
    }

    /** A question as the asking group reads it (answered or not). */
    public record OwnQuestion(long questionId, String question, OffsetDateTime askedAt, String answer,
                              OffsetDateTime answeredAt) {
    }

    private final QuestionRepository questions;
    private final ThemeRepository themes;
    private final PublicationRepository publications;
    private final ThemeCallRepository calls;
    private final GroupRegister register;
    private final ApplicationEventPublisher events;
    private final RuntimeService runtime;
    private final EngineAccess engine;
    private final Clock clock;

    ThemeQuestions(QuestionRepository questions, ThemeRepository themes, PublicationRepository publications,
                   ThemeCallRepository calls, GroupRegister register, ApplicationEventPublisher events,
                   RuntimeService runtime, EngineAccess engine, Clock clock) {
        this.questions = questions;
        this.themes = themes;
        this.publications = publications;
        this.calls = calls;
        this.register = register;
        this.events = events;
        this.runtime = runtime;
        this.engine = engine;
        this.clock = clock;
    }

    /** A group's question; refused after the cut-off (named with its time), for a theme not open, or without text. */
    public OwnQuestion ask(CurrentUser user, long themeId, ThemeInputs.QuestionInput in) {
        if (in.groupId() == null || !user.actsFor(in.groupId())) {
            throw new ForbiddenException("質問は、その団体の利用者だけが送れます");
        }
        Theme t = themes.findById(themeId).filter(x -> x.status.published())
                .orElseThrow(() -> new NotFoundException("テーマが見つかりません"));
        Publication p = publications.latest(themeId).orElseThrow(() -> new NotFoundException("テーマが見つかりません"));
        ThemeCall call = calls.load(p.callId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (call.status != ThemeCall.Status.OPEN || !call.takesQuestionsAt(now)) {
            throw new BusinessRuleException("質問の受付期間外です。質問は" + JapaneseFormat.dayTime(call.questionsCloseAt)
                    + "まで受け付けます（受付開始：" + JapaneseFormat.dayTime(call.opensAt) + "）");
        }
        if (register.find(in.groupId()).isEmpty()) {
            throw new BusinessRuleException("団体が名簿にありません");
        }
        String text = in.question() == null ? "" : in.question().strip();
        if (text.isEmpty()) {
            throw new BusinessRuleException("質問の内容を入力してください");
        }
        if (text.length() > QUESTION_MAX) {
            throw new BusinessRuleException("質問は" + QUESTION_MAX + "文字以内にしてください（現在" + text.length() + "文字）");
        }
        Question q = new Question();
        q.themeId = themeId;
        q.publicationId = p.id;
        q.groupId = in.groupId();
        q.askedBy = user.userId();
        q.question = text;
        q.askedAt = now;
        Question saved = questions.saveAndFlush(q);
        events.publishEvent(new ThemeQuestionAsked(saved.id, themeId, t.title, t.departmentGroup, in.groupId(), user.userId()));
        saved.processInstanceId = engine.asSystem(() -> runtime.startProcessInstanceByKey(ProcessKeys.THEME_QUESTION,
                CaseKeys.key(CaseKeys.THEME_QUESTION, saved.id), Map.of("themeDepartment", t.departmentGroup,
                        "caseLabel", "質問 Q-" + saved.id + "（" + t.title + "）"))).getId();
        return own(saved);
    }

    /** Task_AnswerQuestion: the department's answer, published at once. */
    public void answer(long questionId, String answer, String actor) {
        Question q = questions.load(questionId);
        if (q.answer != null) {
            throw new BusinessRuleException("この質問にはすでに回答しています");
        }
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            throw new BusinessRuleException("回答を入力してください");
        }
        if (text.length() > ANSWER_MAX) {
            throw new BusinessRuleException("回答は" + ANSWER_MAX + "文字以内にしてください（現在" + text.length() + "文字）");
        }
        q.answer = text;
        q.answeredBy = actor;
        q.answeredAt = OffsetDateTime.now(clock);
        events.publishEvent(new ThemeQuestionAnswered(q.id, q.themeId, themes.load(q.themeId).title, q.groupId, actor));
    }

    /** What the department reads in its answer form: the theme and the question, not who asked. */
    @Transactional(readOnly = true)
    public String questionText(long questionId) {
        Question q = questions.load(questionId);
        return "テーマ：" + themes.load(q.themeId).title + "\n質問（" + JapaneseFormat.dayTime(q.askedAt) + "）：\n" + q.question;
    }

    /** The published answers of a published theme, for everyone; 404 for a theme that is not published. */
    @Transactional(readOnly = true)
    public List<AnswerView> published(long themeId) {
        themes.findById(themeId).filter(t -> t.status.published()).orElseThrow(() -> new NotFoundException("テーマが見つかりません"));
        return questions.findByThemeIdOrderByIdAsc(themeId).stream().filter(q -> q.answer != null)
                .map(q -> new AnswerView(q.id, q.themeId, q.question, q.answer, q.answeredAt)).toList();
    }

    /** The questions a group asked about a theme, answered or not. */
    @Transactional(readOnly = true)
    public List<OwnQuestion> askedBy(CurrentUser user, long groupId, long themeId) {
        if (!user.actsFor(groupId)) {
            throw new NotFoundException("団体が見つかりません");
        }
        return questions.findByThemeIdOrderByIdAsc(themeId).stream().filter(q -> q.groupId == groupId).map(ThemeQuestions::own)
                .toList();
    }

    /** Every question of a theme, answered or not, for its department and the city-wide staff (no asker); 404 otherwise. */
    @Transactional(readOnly = true)
    public List<OwnQuestion> all(CurrentUser user, long themeId) {
        themes.findById(themeId).filter(t -> ThemeService.mayReadInternal(user, t))
                .orElseThrow(() -> new NotFoundException("テーマが見つかりません"));
        return questions.findByThemeIdOrderByIdAsc(themeId).stream().map(ThemeQuestions::own).toList();
    }

    private static OwnQuestion own(Question q) {
        return new OwnQuestion(q.id, q.question, q.askedAt, q.answer, q.answeredAt);
    }
}
