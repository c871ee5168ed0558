package org.zhiban.ledger.anchor;

/**
 * Where a checkpoint was anchored.
 *
 * @param type  {@code local} or {@code fabric}
 * @param txId  the transaction id (Fabric) or the local chain entry's hash
 * @param block the block number (Fabric) or the local chain position; null when unknown
 */
public record AnchorReceipt(String type, String txId, Long block) {}
