package dev.banksync.batch.importer.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDecodingTest {

    @Test
    void textFromAnUnknownDeclaredCharsetIsTrustedOnlyWhenAscii() {
        TextDecoding unknown = TextDecoding.unknownDeclared("CHARSET:X on line 6");

        unknown.requireTrusted("NAME", "PLAIN 123 &");
        unknown.requireTrusted("NAME", null);
        assertThatThrownBy(() -> unknown.requireTrusted("NAME", "CAFÉ"))
                .isInstanceOf(FieldFault.class).hasMessageContaining("CHARSET:X on line 6")
                .extracting(e -> ((FieldFault) e).field()).isEqualTo("NAME");
        TextDecoding.of(StandardCharsets.UTF_8).requireTrusted("NAME", "CAFÉ");
    }

    @Test
    void filesDeclaringNothingAreUtf8WhenValidElseWindows1252(@TempDir Path dir) throws IOException {
        Path utf8 = Files.writeString(dir.resolve("u.sta"), "Kontoführung 5 €", StandardCharsets.UTF_8);
        Path latin = Files.write(dir.resolve("l.sta"), "Kontoführung".getBytes(StandardCharsets.ISO_8859_1));
        // a multi-byte sequence split across the sniffer's 64 KiB buffers must not count as invalid
        Path big = Files.writeString(dir.resolve("b.sta"), "x".repeat(64 * 1024 - 1) + "€", StandardCharsets.UTF_8);

        assertThat(TextDecoding.sniff(utf8).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(TextDecoding.sniff(latin).charset()).isEqualTo(TextDecoding.WINDOWS_1252);
        assertThat(TextDecoding.sniff(big).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(TextDecoding.sniff(utf8).distrusted()).isNull();
    }
}
