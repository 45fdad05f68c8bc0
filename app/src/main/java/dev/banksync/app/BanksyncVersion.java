package dev.banksync.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code banksync --version}: the build's version, filtered into a resource by Maven. */
public final class BanksyncVersion implements CommandLine.IVersionProvider {

    public static String version() {
        Properties p = new Properties();
        try (InputStream in = BanksyncVersion.class.getResourceAsStream("/banksync-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"banksync " + version(), "Java " + System.getProperty("java.version")};
    }
}
