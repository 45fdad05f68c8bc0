package dev.banksync.batch.importer.mt940;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The expected parses of the Python mt940 library (its test suite's {@code *.yml}: pickled Python objects). Read
 * with SnakeYAML, each {@code !!python/…} object as its plain mapping, sequence or scalar, except
 * {@code decimal.Decimal} (a BigDecimal) and {@code mt940.models.Date} (its packed bytes as a LocalDate).
 */
final class PythonMt940Yaml {

    private static final String PYTHON = "tag:yaml.org,2002:python/";

    /** One expected transaction; {@code currency} null when the library found none. */
    record Transaction(LocalDate date, LocalDate entryDate, BigDecimal amount, String currency, String details,
                       String customerReference, String bankReference, String extraDetails, Map<?, ?> data) {
    }

    private PythonMt940Yaml() {
    }

    static List<Transaction> transactions(Path yml) throws IOException {
        // Each transaction points back at the whole document (a YAML alias): cut that cycle.
        String text = Files.readString(yml, StandardCharsets.UTF_8).replaceAll("transactions: \\*id\\d+", "transactions: null");
        Map<?, ?> root = new Yaml(new PythonObjects()).load(text);
        return ((List<?>) root.get("transactions")).stream().map(t -> {
            Map<?, ?> data = (Map<?, ?>) ((Map<?, ?>) t).get("data");
            Map<?, ?> amount = (Map<?, ?>) data.get("amount");
            return new Transaction((LocalDate) data.get("date"), (LocalDate) data.get("entry_date"),
                    (BigDecimal) amount.get("amount"), (String) amount.get("currency"),
                    (String) data.get("transaction_details"), (String) data.get("customer_reference"),
                    (String) data.get("bank_reference"), (String) data.get("extra_details"), data);
        }).toList();
    }

    private static final class PythonObjects extends SafeConstructor {

        /** SnakeYAML refuses global tags unless told which: only the Python objects, read as plain data. */
        private static LoaderOptions options() {
            LoaderOptions options = new LoaderOptions();
            options.setTagInspector(tag -> tag.getValue().startsWith(PYTHON));
            return options;
        }

        PythonObjects() {
            super(options());
            yamlMultiConstructors.put(PYTHON, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String tag = node.getTag().getValue();
                    if (node instanceof SequenceNode sequence) {
                        List<?> items = constructSequence(sequence);
                        if (tag.endsWith("decimal.Decimal")) {
                            return new BigDecimal((String) items.get(0));
                        }
                        if (tag.endsWith("mt940.models.Date")) {
                            byte[] b = (byte[]) items.get(0);
                            return LocalDate.of((b[0] & 0xFF) << 8 | (b[1] & 0xFF), b[2], b[3]);
                        }
                        return items;
                    }
                    return node instanceof MappingNode mapping ? constructMapping(mapping) : constructScalar((ScalarNode) node);
                }
            });
        }
    }
}
