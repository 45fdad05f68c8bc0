package dev.banksync.schedules.retrain;

import dev.banksync.ml.corpus.LabelledTransaction;
import java.util.List;

/**
 * What {@link CorrectionsFolding} made of the corrections: the extra training rows, the merchants they teach, and
 * the merchants left out (too few users, or users disagreeing), so a run can say why a correction did not count.
 *
 * @param examples    one labelled row per folded correction
 * @param folded      merchants whose corrections were folded, with the agreed category
 * @param notFolded   merchants left out, with the reason
 * @param unkeyed     corrections of lines naming no merchant (a bare reference, an ATM withdrawal): they only ever
 *                    concern their own transaction, so they are never folded
 */
public record FoldedCorrections(List<LabelledTransaction> examples, List<MerchantVerdict> folded,
                                List<MerchantVerdict> notFolded, int unkeyed) {

    public FoldedCorrections {
        examples = List.copyOf(examples);
        folded = List.copyOf(folded);
        notFolded = List.copyOf(notFolded);
    }

    /** One merchant's corrections: the leading category, how many distinct users chose it, of how many in all. */
    public record MerchantVerdict(String merchantKey, String category, int agreeingUsers, int users, String reason) {
    }
}
