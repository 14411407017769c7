package eu.os2.platform.voting.internal.store;

import eu.os2.platform.api.storage.DuplicateKeyException;
import eu.os2.platform.api.storage.JdbcQueries;
import eu.os2.platform.voting.internal.documents.DocumentInfo;
import eu.os2.platform.voting.internal.documents.MaterialState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Agenda documents (with their bytes) and the record of published material, in plain JDBC. */
public class DocumentStore {

    private static final String COLUMNS =
            "id, assembly_id, item_id, file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at";

    private final JdbcQueries queries;

    public DocumentStore(DataSource dataSource) {
        this.queries = new JdbcQueries(dataSource, "voting");
    }

    /** @return the new document's id */
    public long insert(
            long assemblyId,
            long itemId,
            String fileName,
            String mediaType,
            String sha256,
            byte[] content,
            String uploadedBy,
            java.time.Instant at) {
        return write(
                "cannot store the document",
                () -> queries.transactionResult(con -> {
                    try (PreparedStatement ps = con.prepareStatement(
                            "INSERT INTO voting_document (assembly_id, item_id, file_name, media_type, size_bytes, sha256,"
                                    + " content, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS)) {
                        ps.setLong(1, assemblyId);
                        ps.setLong(2, itemId);
                        ps.setString(3, fileName);
                        ps.setString(4, mediaType);
                        ps.setLong(5, content.length);
                        ps.setString(6, sha256);
                        ps.setBytes(7, content);
                        ps.setString(8, uploadedBy);
                        ps.setTimestamp(9, Timestamp.from(at));
                        ps.executeUpdate();
                        try (ResultSet keys = ps.getGeneratedKeys()) {
                            keys.next();
                            return keys.getLong(1);
                        }
                    }
                }));
    }

    /** @return the assembly's documents, by agenda item and upload order */
    public List<DocumentInfo> documents(long assemblyId) {
        return queries.query(
                "SELECT " + COLUMNS + " FROM voting_document WHERE assembly_id = ? ORDER BY item_id, id",
                ps -> ps.setLong(1, assemblyId),
                DocumentStore::infos);
    }

    public Optional<DocumentInfo> document(long id) {
        return queries
                .query(
                        "SELECT " + COLUMNS + " FROM voting_document WHERE id = ?",
                        ps -> ps.setLong(1, id),
                        DocumentStore::infos)
                .stream()
                .findFirst();
    }

    public Optional<byte[]> content(long id) {
        return Optional.ofNullable(queries.query(
                "SELECT content FROM voting_document WHERE id = ?",
                ps -> ps.setLong(1, id),
                rs -> rs.next() ? rs.getBytes(1) : null));
    }

    /** @return whether a document was deleted */
    public boolean delete(long id) {
        return write(
                "cannot delete the document",
                () -> queries.transactionResult(con -> {
                    try (PreparedStatement ps = con.prepareStatement("DELETE FROM voting_document WHERE id = ?")) {
                        ps.setLong(1, id);
                        return ps.executeUpdate() > 0;
                    }
                }));
    }

    /** Records (again) that the assembly's material was published. */
    public void materialPublished(MaterialState state) {
        write(
                "cannot record the published material",
                () -> queries.transactionResult(con -> {
                    try (PreparedStatement del =
                            con.prepareStatement("DELETE FROM voting_material WHERE assembly_id = ?")) {
                        del.setLong(1, state.assemblyId());
                        del.executeUpdate();
                    }
                    try (PreparedStatement ps =
                            con.prepareStatement("INSERT INTO voting_material (assembly_id, published_at,"
                                    + " published_by, documents) VALUES (?, ?, ?, ?)")) {
                        ps.setLong(1, state.assemblyId());
                        ps.setTimestamp(2, Timestamp.from(state.publishedAt()));
                        ps.setString(3, state.publishedBy());
                        ps.setInt(4, state.documents());
                        return ps.executeUpdate();
                    }
                }));
    }

    public Optional<MaterialState> material(long assemblyId) {
        return Optional.ofNullable(queries.query(
                "SELECT assembly_id, published_at, published_by, documents FROM voting_material WHERE assembly_id = ?",
                ps -> ps.setLong(1, assemblyId),
                rs -> rs.next()
                        ? new MaterialState(
                                rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getInt(4))
                        : null));
    }

    private static List<DocumentInfo> infos(ResultSet rs) throws SQLException {
        List<DocumentInfo> result = new ArrayList<>();
        while (rs.next()) {
            result.add(new DocumentInfo(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getLong(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getLong(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getTimestamp(9).toInstant()));
        }
        return result;
    }

    private interface Write<T> {
        T run() throws SQLException;
    }

    private static <T> T write(String what, Write<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw DuplicateKeyException.of(what, e);
        }
    }
}
