package dev.banksync.stream.categorise;

import java.util.Map;

/**
 * One user's merchant memory as the stream itself learns it: each correction event the user's transactions carry
 * is remembered for its merchant at once, so that the user's next transaction from that merchant is decided by it
 * even before the ledger's corrections are polled again. The Flink function backs it with the user's keyed state.
 */
public interface MerchantMemory {

    /** The category remembered for {@code merchantKey}, or null. */
    RememberedCategory get(String merchantKey) throws Exception;

    void put(String merchantKey, RememberedCategory remembered) throws Exception;

    /** A memory in {@code map} (tests, and callers outside Flink). */
    static MerchantMemory of(Map<String, RememberedCategory> map) {
        return new MerchantMemory() {
            @Override
            public RememberedCategory get(String merchantKey) {
                return map.get(merchantKey);
            }

            @Override
            public void put(String merchantKey, RememberedCategory remembered) {
                map.put(merchantKey, remembered);
            }
        };
    }
}
