package org.zhiban.audit;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhiban.integrations.storage.Sha256;
import org.zhiban.ledger.checkpoint.CheckpointSigner;
import org.zhiban.shared.AdminOperations;

/**
 * 签名密钥使用记录: each start that puts the checkpoint signing key to use is an administrative record, with the
 * key's fingerprint — a key swapped between two starts shows in the log. (Each checkpoint's signature is itself
 * verifiable in the ledger; recording every signing would sign a checkpoint for its own record, without end.)
 */
@Component
class SigningKeyUse {

    private final CheckpointSigner signer;
    private final AdminOperations adminLog;

    SigningKeyUse(CheckpointSigner signer, AdminOperations adminLog) {
        this.signer = signer;
        this.adminLog = adminLog;
    }

    @EventListener(ApplicationReadyEvent.class)
    void keyInUse() {
        String fingerprint = Sha256.hex(signer.publicKeyBase64()).substring(0, 16);
        adminLog.bySystem("ledger.signingKey", fingerprint, "检查点签名密钥投入使用，公钥指纹 " + fingerprint);
    }
}
