package org.zhiban.ledger.log;

/** 树头: the size of the log and its RFC 9162 root hash (lowercase hex) at one moment. */
public record TreeHead(long treeSize, String rootHash) {
}
