package dev.banksync.batch.ops;

import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The quarantine, {@code ops.rejected_records}: what could not be accepted, where it was and why. */
public class RejectedRecords {

    /**
     * @param location e.g. {@code "line 12"} or {@code "page 3 item 7"}
     * @param field    the field at fault, or null when the whole record is
     */
    public record Rejection(String location, String field, String reason, String rawRecord) {
    }

    private final JdbcTemplate jdbc;

    public RejectedRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** In the caller's transaction, so a rejection is recorded exactly when the rows around it are committed. */
    public void add(Long runId, String source, List<Rejection> rejections) {
        if (rejections.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO ops.rejected_records (run_id, source, location, field, reason, raw_record)
                VALUES (?, ?, ?, ?, ?, ?)""", rejections, rejections.size(), (ps, r) -> {
                    if (runId == null) {
                        ps.setNull(1, Types.BIGINT);
                    } else {
                        ps.setLong(1, runId);
                    }
                    ps.setString(2, source);
                    ps.setString(3, r.location());
                    ps.setString(4, r.field());
                    ps.setString(5, r.reason());
                    ps.setString(6, r.rawRecord());
                });
    }
}
