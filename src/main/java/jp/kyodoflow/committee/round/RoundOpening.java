package jp.kyodoflow.committee.round;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.committee.ReviewRules.Stage;
import jp.kyodoflow.committee.events.InterestsConfirmed;
import jp.kyodoflow.committee.events.MemberRecused;
import jp.kyodoflow.groups.GroupRegister;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening a round (Task_OpenRound): the round is linked to its process, and the members' conflicts
 * of interest are derived from the register of groups; then each member confirms their interests
 * (利害関係の確認), declaring any the register does not show.
 */
@Service
@Transactional
public class RoundOpening {

    /** The roster and the round's shape, handed to the process. */
    public record Opened(String title, List<String> memberIds, String chairId, boolean hasDocumentStage,
                         boolean hasHearingStage, boolean approverDecides) {
    }

    static final String FROM_REGISTER = "REGISTER";
    static final String DECLARED = "DECLARED";

    private final ReviewRoundRepository rounds;
    private final RoundRecords records;
    private final GroupRegister register;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoundOpening(ReviewRoundRepository rounds, RoundRecords records, GroupRegister register,
                 ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.records = records;
        this.register = register;
        this.events = events;
        this.clock = clock;
    }

    /** The round a running CommitteeReviewProcess works on, from our own table (not a variable). */
    @Transactional(readOnly = true)
    public long roundOf(String processInstanceId) {
        // every step of the process asks (three times in the command that closes a stage); a process instance id
        // is a UUID that names one round for good, so what was read once stays true
        synchronized (roundsByProcess) {
            Long known = roundsByProcess.get(processInstanceId);
            if (known != null) {
                return known;
            }
        }
        long id = rounds.findByProcessInstanceId(processInstanceId).map(r -> r.id)
                .orElseThrow(() -> new IllegalStateException("no review round for process " + processInstanceId));
        synchronized (roundsByProcess) {
            roundsByProcess.put(processInstanceId, id);
        }
        return id;
    }

    /** Process instance id to round id, the most recent 10,000. */
    private final Map<String, Long> roundsByProcess = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > 10_000;
        }
    };

    /** Task_OpenRound: derives conflicts from the register and hands the roster to the process. */
    public Opened open(long roundId, String processInstanceId) {
        ReviewRound round = rounds.load(roundId);
        round.requireStatus(RoundStatus.PREPARED);
        round.processInstanceId = processInstanceId;
        round.status = RoundStatus.CONFIRMING;
        for (ReviewProposal p : round.proposals) {
            if (p.applicantGroupId == null) {
                continue;
            }
            List<GroupRegister.PersonView> people = register.find(p.applicantGroupId)
                    .map(GroupRegister.GroupDetail::people).orElse(List.of());
            for (ReviewRound.Member m : round.members) {
                people.stream().filter(person -> samePerson(person, m)).findFirst().ifPresent(person ->
                        recuse(round, p, m.userId, FROM_REGISTER, (person.officer() ? "役員" : "会員")
                                + "として名簿に記載（" + person.name() + "）"));
            }
        }
        return new Opened(round.title, round.members.stream().map(m -> m.userId).toList(), round.chairId(),
                round.rules.stages().contains(Stage.DOCUMENT), round.rules.stages().contains(Stage.HEARING),
                round.purpose == RoundPurpose.SELECTION);
    }

    /** A member's sheet: every proposal, with what the register shows of the member for it. */
    @Transactional(readOnly = true)
    public List<Sheets.InterestRow> interestSheet(long roundId, String memberId) {
        ReviewRound round = rounds.load(roundId);
        Map<Long, String> fromRegister = records.registerConflicts(roundId, memberId);
        return round.proposals.stream().map(p -> new Sheets.InterestRow(p.id, p.title, groupName(p),
                fromRegister.getOrDefault(p.id, "該当なし"), fromRegister.containsKey(p.id), null)).toList();
    }

    public void confirmInterests(long roundId, String memberId, List<Sheets.InterestRow> rows, boolean confirmed) {
        ReviewRound round = rounds.load(roundId);
        round.requireStatus(RoundStatus.CONFIRMING);
        if (!confirmed) {
            throw new BusinessRuleException("「上記以外に利害関係がないことを確認しました」にチェックしてください"
                    + "（利害関係がある提案は、その行の「利害関係がある」にチェックしてください）");
        }
        for (Sheets.InterestRow row : rows) {
            if (Boolean.TRUE.equals(row.hasInterest()) && row.proposalId() != null) {
                recuse(round, round.proposal(row.proposalId()), memberId, DECLARED,
                        row.note() == null || row.note().isBlank() ? "委員の申告" : row.note());
            }
        }
        records.confirm(roundId, memberId, OffsetDateTime.now(clock));
        events.publishEvent(new InterestsConfirmed(roundId, memberId));
    }

    private void recuse(ReviewRound round, ReviewProposal p, String userId, String source, String note) {
        records.addConflict(round.id, p.id, userId, source, note, OffsetDateTime.now(clock));
        events.publishEvent(new MemberRecused(round.id, p.id, userId, source, note));
    }

    private static boolean samePerson(GroupRegister.PersonView person, ReviewRound.Member m) {
        if (person.userId() != null && person.userId().equals(m.userId)) {
            return true;
        }
        return normalise(person.name()).equals(normalise(m.displayName));
    }

    private static String normalise(String name) {
        return name == null ? "" : name.replaceAll("[\\s　]", "");
    }

    private String groupName(ReviewProposal p) {
        return p.applicantGroupId == null ? "－"
                : register.find(p.applicantGroupId).map(d -> d.group().name()).orElse("－");
    }
}
