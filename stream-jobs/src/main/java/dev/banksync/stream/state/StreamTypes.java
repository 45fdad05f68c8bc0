package dev.banksync.stream.state;

import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.TypeExtractor;

/**
 * Type information for everything the job ships between operators or keeps in state, so Flink serialises it as
 * POJOs and never falls back to Kryo (which would need {@code --add-opens} on Java 17 and is slow). Flink's type
 * extractor knows {@link java.time.Instant} but treats {@link LocalDate} inside a POJO (the contract's booking
 * dates, our months) as a generic type: registering Flink's own LocalDate type information fixes that. Any code
 * asking for a type here runs the registration first, on the client and on every task manager.
 */
public final class StreamTypes {

    static {
        registerTypeFactories();
    }

    private StreamTypes() {
    }

    public static <T> TypeInformation<T> of(Class<T> type) {
        return TypeInformation.of(type);
    }

    /** Idempotent; called by this class's initialiser, public for tests that build types without it. */
    public static synchronized void registerTypeFactories() {
        // Flink refuses a second registration for a type, and tests or an embedding app may get here first.
        if (TypeExtractor.getTypeInfoFactory(LocalDate.class) == null) {
            TypeExtractor.registerFactory(LocalDate.class, LocalDateTypeInfoFactory.class);
        }
    }

    /** {@link LocalDate} as Flink's built-in {@code LocalDateSerializer} (epoch day), not as a generic type. */
    public static final class LocalDateTypeInfoFactory extends TypeInfoFactory<LocalDate> {

        @Override
        public TypeInformation<LocalDate> createTypeInfo(Type type, Map<String, TypeInformation<?>> genericParameters) {
            return Types.LOCAL_DATE;
        }
    }
}
