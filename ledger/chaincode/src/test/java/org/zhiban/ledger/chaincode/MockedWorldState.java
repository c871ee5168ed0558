package org.zhiban.ledger.chaincode;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;

/**
 * A mocked transaction context whose stub reads and writes a map, as the peer's world state would (writes here are
 * visible at once; the peer would only apply them on commit, which these single-call tests never notice).
 */
final class MockedWorldState {

    private final Map<String, byte[]> state = new TreeMap<>();
    private final List<String> writtenKeys = new ArrayList<>();
    private String txId = "tx-1";

    Context transaction(String id) {
        this.txId = id;
        ChaincodeStub stub = mock(ChaincodeStub.class);
        when(stub.getTxId()).thenAnswer(call -> txId);
        when(stub.getState(anyString())).thenAnswer(call -> state.getOrDefault(call.<String>getArgument(0), new byte[0]));
        doAnswer(call -> {
            writtenKeys.add(call.getArgument(0));
            state.put(call.getArgument(0), call.getArgument(1));
            return null;
        }).when(stub).putState(anyString(), any(byte[].class));
        when(stub.createCompositeKey(anyString(), any(String[].class))).thenAnswer(call -> new CompositeKey(
                call.getArgument(0), (String[]) call.getRawArguments()[1]));
        Context context = mock(Context.class);
        when(context.getStub()).thenReturn(stub);
        return context;
    }

    List<String> writtenKeys() {
        return List.copyOf(writtenKeys);
    }

    String valueAt(String key) {
        return new String(state.getOrDefault(key, new byte[0]), StandardCharsets.UTF_8);
    }
}
