package dev.banksync.batch.importer.csv;

import java.time.format.DateTimeFormatter;
import java.util.Currency;

/**
 * Everything needed to read a file's data rows, settled before the first row is read: the columns, the date
 * pattern, the decimal separator and the currency rows fall back to (the header's implied currency, else the
 * profile's fixed currency, else the import's default; null when there is none).
 */
record CsvLayout(CsvColumns columns, String datePattern, DateTimeFormatter dateFormat, char decimalSeparator,
                 Currency fallbackCurrency) {

    static CsvLayout of(CsvColumns columns, String datePattern, char decimalSeparator, Currency fallbackCurrency) {
        return new CsvLayout(columns, datePattern, DateFormats.formatter(datePattern), decimalSeparator,
                fallbackCurrency);
    }
}
