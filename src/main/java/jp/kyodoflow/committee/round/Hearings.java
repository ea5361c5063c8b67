package jp.kyodoflow.committee.round;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.committee.ReviewRules.Stage;
import jp.kyodoflow.committee.events.HearingAttendanceRecorded;
import jp.kyodoflow.committee.events.HearingScheduled;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public presentation (公開プレゼンテーション): the secretariat sets day, time, place and the order
 * of the proposals, and records on the day whether each proposal's presenters attended.
 */
@Service
@Transactional
public class Hearings {

    /** What the secretariat enters on Task_ScheduleHearing; startTime as 13:30 (or 9:30). */
    public record HearingInput(LocalDate heldOn, String startTime, String place, Long presentationMinutes,
                               Long questionMinutes, List<Sheets.HearingRow> order) {
    }

    private final ReviewRoundRepository rounds;
    private final RoundRecords records;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Hearings(ReviewRoundRepository rounds, RoundRecords records, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.records = records;
        this.events = events;
        this.clock = clock;
    }

    /** The proposals to present, numbered in the order they were added (the secretariat may change it). */
    @Transactional(readOnly = true)
    public List<Sheets.HearingRow> hearingOrder(long roundId) {
        List<ReviewProposal> in = rounds.load(roundId).proposalsIn(Stage.HEARING);
        List<Sheets.HearingRow> rows = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            rows.add(new Sheets.HearingRow(in.get(i).id, in.get(i).title, i + 1));
        }
        return rows;
    }

    public void scheduleHearing(long roundId, HearingInput in, String actor) {
        ReviewRound round = rounds.load(roundId);
        List<String> problems = new ArrayList<>();
        LocalTime start = null;
        try {
            start = in.startTime() == null ? null : LocalTime.parse(in.startTime().length() == 4 ? "0" + in.startTime() : in.startTime());
        } catch (DateTimeParseException e) {
            problems.add("開始時刻は 13:30 のように入力してください");
        }
        if (in.heldOn() == null || start == null && problems.isEmpty()) {
            problems.add("開催日と開始時刻を入力してください");
        }
        if (in.place() == null || in.place().isBlank()) {
            problems.add("会場を入力してください");
        }
        if (in.presentationMinutes() == null || in.presentationMinutes() < 1 || in.questionMinutes() == null || in.questionMinutes() < 0) {
            problems.add("発表時間（1分以上）と質疑時間（0分以上）を入力してください");
        }
        Set<Long> expected = new HashSet<>(round.proposalsIn(Stage.HEARING).stream().map(p -> p.id).toList());
        List<Sheets.HearingRow> order = new ArrayList<>(in.order());
        Set<Integer> positions = new HashSet<>();
        if (order.size() != expected.size() || !order.stream().allMatch(r -> r.proposalId() != null && expected.contains(r.proposalId())
                && r.position() != null && positions.add(r.position()))) {
            problems.add("発表順は、対象のすべての提案に重ならない番号を付けてください");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("公開プレゼンテーションの設定を確認してください", problems);
        }
        order.sort(Comparator.comparing(Sheets.HearingRow::position));
        List<Long> proposalOrder = order.stream().map(Sheets.HearingRow::proposalId).toList();
        records.addHearing(roundId, in.heldOn(), start, in.place(), in.presentationMinutes(), in.questionMinutes(),
                proposalOrder, actor, OffsetDateTime.now(clock));
        events.publishEvent(new HearingScheduled(roundId, in.heldOn(), start, in.place(), proposalOrder, actor));
    }

    /** Attendance at the hearing (出欠), recorded by the secretariat during the session. */
    public void recordAttendance(long roundId, long proposalId, boolean attended, String actor) {
        rounds.load(roundId).proposal(proposalId);
        if (!records.markAttendance(roundId, proposalId, attended)) {
            throw new BusinessRuleException("公開プレゼンテーションの発表順が設定されていません");
        }
        events.publishEvent(new HearingAttendanceRecorded(roundId, proposalId, attended, actor));
    }
}
