package dev.banksync.testkit;

import dev.banksync.testkit.postgres.TestDatabase;
import dev.banksync.testkit.postgres.TestDatabases;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands a test a {@link TestDatabase}: a real, migrated PostgreSQL database of its own. Asked for in a test method
 * it lives for that method; asked for in a constructor or {@code @BeforeAll} it lives for the class. Dropped after.
 *
 * <pre>{@code @ExtendWith(BanksyncPostgres.class) class LedgerIT { @Test void x(TestDatabase db) { … } } }</pre>
 */
public final class BanksyncPostgres implements ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(BanksyncPostgres.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        String hint = context.getTestMethod().map(m -> m.getName())
                .orElseGet(() -> context.getRequiredTestClass().getSimpleName());
        // The store closes AutoCloseable values when its context ends, which drops the database.
        return context.getStore(NS).computeIfAbsent("db", key -> TestDatabases.create(hint), TestDatabase.class);
    }
}
