package jp.kyodoflow.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows a transaction adds to one table, written together just before it commits, in one statement however many
 * there are (a decision that writes three audit lines and tells three parties costs one insert for each table, not
 * three). Each transaction has its own rows, also one started inside another ({@code REQUIRES_NEW}): they are
 * kept in the transaction's synchronization, which Spring suspends and resumes with it. A rolled-back transaction
 * writes nothing. Without a transaction a row is written at once.
 *
 * <p>A reader of the table inside the same transaction calls {@link #flush()} first, so it sees its own rows.
 *
 * @param <T> what one row holds
 */
public final class PerTransaction<T> {

    private final String name;
    private final Consumer<List<T>> writer;

    /** {@code writer} writes the rows it is given, in their order, in one statement. */
    public PerTransaction(String name, Consumer<List<T>> writer) {
        this.name = name;
        this.writer = writer;
    }

    public void add(T row) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            writer.accept(List.of(row));
            return;
        }
        Rows rows = current();
        if (rows == null) {
            rows = new Rows();
            TransactionSynchronizationManager.registerSynchronization(rows);
        }
        rows.pending.add(row);
    }

    /** Writes what the current transaction has added so far. */
    public void flush() {
        Rows rows = current();
        if (rows != null) {
            rows.write();
        }
    }

    /** How many rows the current transaction holds unwritten (for tests). */
    public int pending() {
        Rows rows = current();
        return rows == null ? 0 : rows.pending.size();
    }

    private Rows current() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof PerTransaction<?>.Rows rows && rows.owner() == this) {
                @SuppressWarnings("unchecked")
                Rows mine = (Rows) rows;
                return mine;
            }
        }
        return null;
    }

    private final class Rows implements TransactionSynchronization, Ordered {
        private final List<T> pending = new ArrayList<>();

        PerTransaction<T> owner() {
            return PerTransaction.this;
        }

        void write() {
            // rows added while writing (a writer that records in turn) go in the next round
            while (!pending.isEmpty()) {
                List<T> batch = List.copyOf(pending);
                pending.clear();
                writer.accept(batch);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            write();
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE - 100;
        }

        @Override
        public String toString() {
            return "rows of " + name + " (" + pending.size() + " pending)";
        }
    }
}
