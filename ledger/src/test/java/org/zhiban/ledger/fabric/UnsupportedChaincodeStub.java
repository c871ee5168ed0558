package org.zhiban.ledger.fabric;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.hyperledger.fabric.shim.Chaincode;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * Part of the test emulation of a Fabric peer: a {@link ChaincodeStub} that refuses every call, so that the
 * emulation only has to override what the review-log chaincode uses, and a chaincode change that calls something
 * new fails loudly here instead of silently doing nothing.
 */
abstract class UnsupportedChaincodeStub implements ChaincodeStub {

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("Not emulated: the review-log chaincode was not expected to call this");
    }

    // @formatter:off
    @Override public List<byte[]> getArgs() { throw unsupported(); }
    @Override public List<String> getStringArgs() { throw unsupported(); }
    @Override public String getFunction() { throw unsupported(); }
    @Override public List<String> getParameters() { throw unsupported(); }
    @Override public String getTxId() { throw unsupported(); }
    @Override public String getChannelId() { throw unsupported(); }
    @Override public Chaincode.Response invokeChaincode(String name, List<byte[]> args, String channel) { throw unsupported(); }
    @Override public byte[] getState(String key) { throw unsupported(); }
    @Override public byte[] getStateValidationParameter(String key) { throw unsupported(); }
    @Override public void putState(String key, byte[] value) { throw unsupported(); }
    @Override public void setStateValidationParameter(String key, byte[] value) { throw unsupported(); }
    @Override public void delState(String key) { throw unsupported(); }
    @Override public QueryResultsIterator<KeyValue> getStateByRange(String startKey, String endKey) { throw unsupported(); }
    @Override public QueryResultsIteratorWithMetadata<KeyValue> getStateByRangeWithPagination(
            String startKey, String endKey, int pageSize, String bookmark) { throw unsupported(); }
    @Override public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String compositeKey) { throw unsupported(); }
    @Override public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String objectType, String... attributes) { throw unsupported(); }
    @Override public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(CompositeKey compositeKey) { throw unsupported(); }
    @Override public QueryResultsIteratorWithMetadata<KeyValue> getStateByPartialCompositeKeyWithPagination(
            CompositeKey compositeKey, int pageSize, String bookmark) { throw unsupported(); }
    @Override public CompositeKey createCompositeKey(String objectType, String... attributes) { throw unsupported(); }
    @Override public CompositeKey splitCompositeKey(String compositeKey) { throw unsupported(); }
    @Override public QueryResultsIterator<KeyValue> getQueryResult(String query) { throw unsupported(); }
    @Override public QueryResultsIteratorWithMetadata<KeyValue> getQueryResultWithPagination(
            String query, int pageSize, String bookmark) { throw unsupported(); }
    @Override public QueryResultsIterator<KeyModification> getHistoryForKey(String key) { throw unsupported(); }
    @Override public byte[] getPrivateData(String collection, String key) { throw unsupported(); }
    @Override public byte[] getPrivateDataHash(String collection, String key) { throw unsupported(); }
    @Override public byte[] getPrivateDataValidationParameter(String collection, String key) { throw unsupported(); }
    @Override public void putPrivateData(String collection, String key, byte[] value) { throw unsupported(); }
    @Override public void setPrivateDataValidationParameter(String collection, String key, byte[] value) { throw unsupported(); }
    @Override public void delPrivateData(String collection, String key) { throw unsupported(); }
    @Override public void purgePrivateData(String collection, String key) { throw unsupported(); }
    @Override public QueryResultsIterator<KeyValue> getPrivateDataByRange(String collection, String startKey, String endKey) { throw unsupported(); }
    @Override public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection, String compositeKey) { throw unsupported(); }
    @Override public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection, CompositeKey compositeKey) { throw unsupported(); }
    @Override public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(
            String collection, String objectType, String... attributes) { throw unsupported(); }
    @Override public QueryResultsIterator<KeyValue> getPrivateDataQueryResult(String collection, String query) { throw unsupported(); }
    @Override public void setEvent(String name, byte[] payload) { throw unsupported(); }
    @Override public ChaincodeEvent getEvent() { throw unsupported(); }
    @Override public SignedProposal getSignedProposal() { throw unsupported(); }
    @Override public Instant getTxTimestamp() { throw unsupported(); }
    @Override public byte[] getCreator() { throw unsupported(); }
    @Override public Map<String, byte[]> getTransient() { throw unsupported(); }
    @Override public byte[] getBinding() { throw unsupported(); }
    @Override public String getMspId() { throw unsupported(); }
    // @formatter:on
}
