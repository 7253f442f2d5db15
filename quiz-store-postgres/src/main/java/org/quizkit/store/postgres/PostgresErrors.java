package org.quizkit.store.postgres;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.ds.common.BaseDataSource;

/** What a PostgreSQL error means to the person running the server, in words. */
final class PostgresErrors {
  private PostgresErrors() {}

  /** The reason to show after the location, from the SQL state's class. */
  static String reason(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String message = e.getMessage() == null ? state : e.getMessage().strip();
    if (state.equals("53100")) {
      return "disk full: the server has no space left to write it (" + message + ")";
    }
    if (state.equals("25006")) {
      return "read-only: the server accepts no writes (" + message + ")";
    }
    if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")) {
      return "cannot reach the server (" + message + ")";
    }
    if (state.startsWith("28")) {
      return "the server refused the login (" + message + ")";
    }
    if (state.equals("3D000")) {
      return "no such database on the server (" + message + ")";
    }
    if (state.startsWith("42")) {
      return "its tables are not as this quiz made them (" + message + ")";
    }
    return "PostgreSQL error " + state + ": " + message;
  }

  /** A data source's URL without its parameters, which may hold a password. */
  static String describe(DataSource source) {
    if (source instanceof BaseDataSource) {
      return withoutSecrets(((BaseDataSource) source).getUrl());
    }
    return "the PostgreSQL database of " + source.getClass().getSimpleName();
  }

  /** {@code url} up to its parameters, and without a user:password part. */
  static String withoutSecrets(String url) {
    if (url == null) {
      return "PostgreSQL";
    }
    String bare = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    int at = bare.indexOf('@');
    int scheme = bare.indexOf("//");
    if (at > 0 && scheme >= 0 && at > scheme) {
      bare = bare.substring(0, scheme + 2) + bare.substring(at + 1);
    }
    return bare;
  }
}
