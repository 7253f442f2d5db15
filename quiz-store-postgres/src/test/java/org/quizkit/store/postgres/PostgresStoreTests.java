package org.quizkit.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quizkit.core.progress.Attempt;
import org.quizkit.core.progress.ProgressStore;
import org.quizkit.core.progress.ProgressStoreException;
import org.quizkit.core.response.Response;
import org.quizkit.core.schedule.Fsrs;

/** What is particular to the PostgreSQL store: its tables, and a server that fails. */
class PostgresStoreTests {
  private static Attempt answer(String question) {
    return new Attempt(
        "ada", question, List.of("lung-bone"), Response.Choice.of("a"), 1, Instant.EPOCH);
  }

  @Test
  void refusesTablesOfANewerQuizAndLeavesThemAsTheyAre() throws SQLException {
    String url = PostgresServer.shared().newDatabase();
    try (ProgressStore store = PostgresStore.open(url)) {
      store.record(answer("q1"), Fsrs.withDefaults());
    }
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("UPDATE quiz_progress_schema SET version = 7");
    }

    ProgressStoreException error =
        assertThrows(ProgressStoreException.class, () -> PostgresStore.open(url));

    assertTrue(error.problem().contains("newer quiz (schema version 7"), error.problem());
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet row = s.executeQuery("SELECT count(*) FROM quiz_attempt")) {
      row.next();
      assertEquals(1, row.getInt(1));
    }
  }

  @Test
  void addsTheColumnOfOverriddenAnswersToTablesOfVersionOne() throws SQLException {
    String url = PostgresServer.shared().newDatabase();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE quiz_progress_schema (version integer NOT NULL)");
      s.execute("INSERT INTO quiz_progress_schema VALUES (1)");
      s.execute(
          "CREATE TABLE quiz_attempt (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
              + " learner text NOT NULL, question text NOT NULL, facts json NOT NULL,"
              + " response json NOT NULL, score double precision NOT NULL,"
              + " answered_at timestamptz NOT NULL)");
      s.execute(
          "INSERT INTO quiz_attempt (learner, question, facts, response, score, answered_at)"
              + " VALUES ('ada', 'q1', '[\"lung-bone\"]',"
              + " '{\"kind\":\"judgement\",\"value\":true}', 1, '2026-03-01T10:00:00Z')");
    }

    try (ProgressStore store = PostgresStore.open(url)) {
      store.record(
          new Attempt(
              "ada",
              "q2",
              List.of("lung-bone"),
              new Response.Text("bonse"),
              1,
              Instant.EPOCH,
              true),
          Fsrs.withDefaults());
      assertEquals(
          List.of(false, true), store.attempts("ada").stream().map(a -> a.overridden()).toList());
    }
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet row = s.executeQuery("SELECT max(version) FROM quiz_progress_schema")) {
      row.next();
      assertEquals(PostgresStore.SCHEMA_VERSION, row.getInt(1));
    }
  }

  @Test
  void makesItsTablesBesideOtherTablesOfTheDatabase() throws SQLException {
    String url = PostgresServer.shared().newDatabase();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE course (name text)");
      s.execute("INSERT INTO course VALUES ('anatomy')");
    }

    try (ProgressStore store = PostgresStore.open(url)) {
      store.record(answer("q1"), Fsrs.withDefaults());
      assertEquals(1, store.attempts("ada").size());
    }
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet row = s.executeQuery("SELECT name FROM course")) {
      row.next();
      assertEquals("anatomy", row.getString(1));
    }
  }

  @Test
  void saysItCannotReachAServerThatIsNotThereAndShowsNoPassword() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/quiz?user=quiz&password=s3cret";

    ProgressStoreException error =
        assertThrows(ProgressStoreException.class, () -> PostgresStore.open(url));

    assertEquals("jdbc:postgresql://127.0.0.1:" + port + "/quiz", error.location());
    assertTrue(error.problem().startsWith("cannot reach the server"), error.problem());
    assertFalse(error.getMessage().contains("s3cret"), error.getMessage());
  }

  @Test
  void tellsAFullDiskAndAReadOnlyServerBySqlState() {
    assertTrue(
        PostgresErrors.reason(new SQLException("could not extend file", "53100"))
            .startsWith("disk full"));
    assertTrue(
        PostgresErrors.reason(
                new SQLException("cannot execute INSERT in a read-only transaction", "25006"))
            .startsWith("read-only"));
  }
}
