package org.zhiban.ledger.verifier;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.zhiban.ledger.proof.ConsistencyProof;
import org.zhiban.ledger.proof.RecordProof;

/**
 * 离线校验工具: {@code java -jar ledger-verifier.jar proof.json [--trusted-key BASE64]}. Prints {@code OK ...} or
 * {@code INVALID <reason>}; exits 0 when valid, 1 when invalid, 2 on a usage or I/O error. Reads record proofs and
 * consistency proofs (told apart by their fields).
 */
public final class VerifierCli {

    static final int VALID = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = "usage: java -jar ledger-verifier.jar <proof.json> [--trusted-key <base64 X.509 public key>]";

    private VerifierCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The whole CLI without {@code System.exit}, so it can be tested. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1 && !(args.length == 3 && args[1].equals("--trusted-key"))) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        ProofVerifier verifier = args.length == 3 ? new ProofVerifier(Set.of(args[2])) : new ProofVerifier();
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
        JsonNode tree;
        try {
            tree = json.readTree(Files.readString(Path.of(args[0])));
        } catch (JacksonException e) {
            err.println("cannot read " + args[0] + " as JSON: " + e.getOriginalMessage());
            return USAGE;
        } catch (IOException | RuntimeException e) {
            err.println("cannot read " + args[0] + ": " + e);
            return USAGE;
        }
        if (tree == null || !tree.isObject()) {
            err.println(args[0] + " holds no JSON object, so no proof");
            return USAGE;
        }
        VerificationResult result;
        try {
            result = tree.has("consistencyPath")
                    ? verifier.verify(json.treeToValue(tree, ConsistencyProof.class))
                    : verifier.verify(json.treeToValue(tree, RecordProof.class));
        } catch (JacksonException e) {
            result = VerificationResult.invalid("not a proof: " + e.getOriginalMessage());
        }
        out.println((result.valid() ? "OK " : "INVALID ") + result.reason());
        return result.valid() ? VALID : INVALID;
    }
}
