package dev.banksync.stream.categorise;

import dev.banksync.core.event.TransactionEvent;
import dev.banksync.ml.categorise.Categoriser;
import dev.banksync.ml.categorise.CategoriserInput;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/** Asks the {@link Categoriser} the factory creates (once per task, in {@link #open}) for each upsert's category. */
public class CategoriseTransaction extends RichMapFunction<TransactionEvent, CategorisedTransaction> {

    private final CategoriserFactory categoriserFactory;

    private transient Categoriser categoriser;

    public CategoriseTransaction(CategoriserFactory categoriserFactory) {
        this.categoriserFactory = Objects.requireNonNull(categoriserFactory, "categoriserFactory");
    }

    @Override
    public void open(OpenContext openContext) {
        categoriser = categoriserFactory.create();
    }

    @Override
    public CategorisedTransaction map(TransactionEvent event) {
        if (event.isRemoval()) {
            return CategorisedTransaction.removal(event);
        }
        return CategorisedTransaction.of(event, categoriser.predict(inputOf(event)));
    }

    static CategoriserInput inputOf(TransactionEvent event) {
        // Card sources give a merchant and no description; statement sources the reverse. The categoriser
        // reads one statement-like text either way.
        String text = event.description() != null ? event.description()
                : event.merchant() != null ? event.merchant() : "";
        return new CategoriserInput(text, event.amountMinor(), event.currency(), event.mcc(), null);
    }
}
