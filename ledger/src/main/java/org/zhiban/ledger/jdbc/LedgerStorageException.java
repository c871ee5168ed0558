package org.zhiban.ledger.jdbc;

import java.sql.SQLException;

/** The ledger's database refused or failed a statement; nothing of the unit of work was kept. */
public class LedgerStorageException extends RuntimeException {
    public LedgerStorageException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
