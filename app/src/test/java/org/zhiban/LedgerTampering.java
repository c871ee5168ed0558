package org.zhiban;

import java.sql.Connection;
import org.springframework.jdbc.core.JdbcTemplate;

/** What an attacker with database rights would do to a review record; the app itself has no update path. */
public final class LedgerTampering {

    private LedgerTampering() {
    }

    public static void rewrite(JdbcTemplate jdbc, String recordId, String entry) throws Exception {
        boolean postgres;
        try (Connection c = jdbc.getDataSource().getConnection()) {
            postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
        if (postgres) {
            jdbc.update("alter table ledger_review_record disable trigger user");
        }
        try {
            jdbc.update("update ledger_review_record set entry = ? where record_id = ?", entry, recordId);
        } finally {
            if (postgres) {
                jdbc.update("alter table ledger_review_record enable trigger user");
            }
        }
    }
}
