package jp.kyodoflow.committee;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.security.CurrentUser;

/**
 * The committee's hearing console (a tablet on hearing day) and the secretariat's paper entry, as a door
 * of the committee module. A member works on their own open scoring task only: per proposal the scores
 * are kept as a draft on that task (the same task-local sheet Tasklist shows), and the whole sheet is
 * submitted through the same submission and checks as Tasklist and the API. A round the member does not
 * sit on is not found; a proposal they are recused from (除斥) cannot be scored.
 */
public interface HearingConsole {

    /** The member's state for one proposal: not yet scored, scored (draft saved or submitted), recused. */
    enum EntryState { TODO, SCORED, RECUSED }

    /** A round with a scoring task of the member open now. */
    record OpenRound(long roundId, String title, ReviewRules.Stage stage, LocalDate heldOn, LocalTime startTime,
                     String place, int scored, int scorable) {
    }

    /** One proposal as the member scores it; {@code scores} by criterion code, {@code total} Σ weight × score. */
    record Entry(long proposalId, String title, String groupName, Integer position, LocalTime startsAt,
                 EntryState state, Map<String, Integer> scores, String comment, int total, String dossier) {
    }

    /**
     * A member's sheet for a round: the stage open now (null when no scoring task is open: then
     * {@code open} is false and {@code submitted} says whether the member's sheet is in), the hearing, the
     * criteria and the proposals in order of appearance.
     */
    record Sheet(long roundId, String title, ReviewRules.Stage stage, boolean open, boolean submitted,
                 LocalDate heldOn, LocalTime startTime, String place, int presentationMinutes, int questionMinutes,
                 List<ReviewRules.Criterion> criteria, int maxTotal, List<Entry> entries, String memberId,
                 String memberName) {

        public Entry entry(long proposalId) {
            return entries.stream().filter(e -> e.proposalId() == proposalId).findFirst().orElse(null);
        }
    }

    /** A member whose scoring task is open now: a sheet the secretariat may enter from paper. */
    record OutstandingSheet(long roundId, String roundTitle, ReviewRules.Stage stage, String memberId, String memberName) {
    }

    /** For a coordinator: every member, of every round being scored, whose sheet is still open; empty for anyone else. */
    List<OutstandingSheet> outstandingSheets(CurrentUser coordinator);

    /** The rounds in which the member has a scoring task open now. */
    List<OpenRound> openRounds(CurrentUser member);

    /** The member's own sheet; a round the member does not sit on is not found. */
    Sheet sheet(CurrentUser member, long roundId);

    /**
     * Keeps the member's scores and comment for one proposal on their open task (every criterion, whole
     * numbers in its range; {@code scores} by criterion code as typed). Refuses a recused proposal, an
     * unknown criterion, a score out of range or missing, and a task no longer open; stores nothing then.
     */
    void saveProposal(CurrentUser member, long roundId, long proposalId, Map<String, String> scores, String comment);

    /** Submits the member's whole kept sheet: completes their scoring task (ScoreSubmission's checks). */
    void submitSheet(CurrentUser member, long roundId);

    /** The secretariat's view of a member's open sheet for paper entry (coordinator only). */
    Sheet paperSheet(CurrentUser coordinator, long roundId, String memberId);

    /**
     * The secretariat enters a member's paper sheet (coordinator only, a member of the round, whose
     * scoring task is open): the scores are stored as the member's, marked as entered by the coordinator,
     * and the member's task is completed. {@code scores}: proposal id → criterion code → score as typed.
     */
    void enterPaperSheet(CurrentUser coordinator, long roundId, String memberId, Map<Long, Map<String, String>> scores,
                         String note);
}
