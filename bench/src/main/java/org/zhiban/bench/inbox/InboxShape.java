package org.zhiban.bench.inbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The shape of the bench data: how many historic (completed) cases, how many open tasks (one per running case),
 * how many departments. Departments are {@code d01…dNN}; each has officers {@code dNN-officer-1…5}, reviewers
 * {@code dNN-reviewer-1…3} and leaders {@code dNN-leader-1…2}. {@link InboxDataLoader} writes it to
 * {@code bench_inbox_meta}; the benchmark reads it back from there.
 */
record InboxShape(long historic, long open, int departments) {

    static final int OFFICERS = 5;
    static final int REVIEWERS = 3;
    static final int LEADERS = 2;

    InboxShape {
        if (historic < 0 || open < 0 || departments < 1 || departments > 99) {
            throw new IllegalArgumentException("bad shape " + historic + "/" + open + "/" + departments);
        }
    }

    static InboxShape fromSystemProperties() {
        return new InboxShape(Long.getLong("bench.inbox.historic", 1_000_000),
                Long.getLong("bench.inbox.open", 100_000), Integer.getInteger("bench.inbox.departments", 20));
    }

    static String department(int number) {
        return String.format("d%02d", number);
    }

    static String user(String department, String role, int number) {
        return department + "-" + role + "-" + number;
    }

    /** The shape recorded by a finished load, or empty when the database was never (fully) loaded. */
    static Optional<InboxShape> loaded(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select to_regclass('bench_inbox_meta') is not null")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return Optional.empty();
            }
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select historic, open_tasks, departments from bench_inbox_meta")) {
            return rs.next() ? Optional.of(new InboxShape(rs.getLong(1), rs.getLong(2), rs.getInt(3))) : Optional.empty();
        }
    }

    @Override
    public String toString() {
        return historic + " historic cases, " + open + " open tasks, " + departments + " departments";
    }
}
