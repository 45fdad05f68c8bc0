package dev.banksync.ml.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.banksync.ml.categorise.CategoriserModel;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The categoriser versions in PostgreSQL ({@code ml.model_versions}, migration V20): each with its provenance and
 * its model file, one of them active. The stream job and the CLI load {@link #active()}; training
 * {@link #register}s, operators {@link #activate}. Writing needs the batch writer role; reading works for the
 * stream writer too.
 */
public final class ModelRegistry {

    static final String KIND = "categoriser";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "version, trainer, data_hash, features, uncertainty_threshold, "
            + "metrics::text AS metrics, created_at, registered_at, active";

    private final DataSource dataSource;

    public ModelRegistry(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores a new version (not active); an existing version is an error, never overwritten. */
    public RegisteredModel register(CategoriserModel model) {
        byte[] file = ModelFiles.toBytes(model);
        String sql = "INSERT INTO ml.model_versions (version, kind, trainer, data_hash, features, "
                + "uncertainty_threshold, metrics, model_file, file_sha256, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, model.version());
            s.setString(2, KIND);
            s.setString(3, model.card().trainer());
            s.setString(4, model.card().dataHash());
            s.setString(5, model.card().features());
            s.setDouble(6, model.card().uncertaintyThreshold());
            s.setString(7, JSON.writeValueAsString(model.card().metrics()));
            s.setBytes(8, file);
            s.setString(9, sha256(file));
            s.setTimestamp(10, Timestamp.from(model.card().createdAt()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot register model " + model.version() + ": " + e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write metrics of " + model.version(), e);
        }
        return find(model.version()).orElseThrow();
    }

    /** Makes {@code version} the active categoriser, in one transaction with deactivating the previous one. */
    public void activate(String version) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement off = c.prepareStatement(
                    "UPDATE ml.model_versions SET active = false WHERE kind = ? AND active AND version <> ?");
                 PreparedStatement on = c.prepareStatement(
                    "UPDATE ml.model_versions SET active = true, activated_at = now() WHERE kind = ? AND version = ?")) {
                off.setString(1, KIND);
                off.setString(2, version);
                off.executeUpdate();
                on.setString(1, KIND);
                on.setString(2, version);
                if (on.executeUpdate() != 1) {
                    c.rollback();
                    throw new IllegalArgumentException("no categoriser model version '" + version + "' is registered");
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot activate model " + version + ": " + e.getMessage(), e);
        }
    }

    /** The active model, or empty when none has been activated yet. */
    public Optional<CategoriserModel> active() {
        return loadWhere("kind = ? AND active", KIND);
    }

    public Optional<CategoriserModel> load(String version) {
        return loadWhere("kind = 'categoriser' AND version = ?", version);
    }

    public Optional<RegisteredModel> find(String version) {
        List<RegisteredModel> rows = list("WHERE version = ?", version);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Every registered categoriser version, newest first. */
    public List<RegisteredModel> versions() {
        return list("WHERE kind = ? ORDER BY created_at DESC, version DESC", KIND);
    }

    private Optional<CategoriserModel> loadWhere(String condition, String parameter) {
        String sql = "SELECT version, model_file FROM ml.model_versions WHERE " + condition;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                String source = "ml.model_versions version " + r.getString(1);
                return Optional.of(ModelFiles.read(new ByteArrayInputStream(r.getBytes(2)), source));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot load model (" + parameter + "): " + e.getMessage(), e);
        }
    }

    private List<RegisteredModel> list(String where, String parameter) {
        String sql = "SELECT " + COLUMNS + " FROM ml.model_versions " + where;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            List<RegisteredModel> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new RegisteredModel(r.getString("version"), r.getString("trainer"),
                            r.getString("data_hash"), r.getString("features"), r.getDouble("uncertainty_threshold"),
                            r.getString("metrics"), r.getTimestamp("created_at").toInstant(),
                            r.getTimestamp("registered_at").toInstant(), r.getBoolean("active")));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the model registry: " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
