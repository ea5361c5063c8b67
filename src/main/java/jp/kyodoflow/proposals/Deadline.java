package jp.kyodoflow.proposals;

import java.time.OffsetDateTime;

/** A deadline people work towards, and when to remind them. */
public record Deadline(OffsetDateTime due, OffsetDateTime remindAt) {
}
