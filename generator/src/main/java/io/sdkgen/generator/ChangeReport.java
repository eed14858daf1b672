package io.sdkgen.generator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sdkgen.spec.diff.ApiChange;
import java.util.List;

/**
 * The API change report of {@code sdkgen diff} and the Maven {@code diff} goal: the same changes as
 * readable lines or as JSON, written in one place so both front ends print the same thing.
 */
public final class ChangeReport {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final List<ApiChange> changes;

  /** Creates a report of {@code changes}, kept in the order given. */
  public ChangeReport(List<ApiChange> changes) {
    this.changes = List.copyOf(changes);
  }

  /** Returns the changes reported. */
  public List<ApiChange> changes() {
    return changes;
  }

  /** Returns how many changes break code generated from the old pages. */
  public int breaking() {
    return (int) changes.stream().filter(ApiChange::breaking).count();
  }

  /** Returns {@code 3 changes, 1 breaking}. */
  public String summary() {
    return changes.size()
        + (changes.size() == 1 ? " change, " : " changes, ")
        + breaking()
        + " breaking";
  }

  /** Returns one line per change, then the {@link #summary()}; each line ends with a newline. */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (ApiChange change : changes) {
      text.append(change).append('\n');
    }
    return text.append(summary()).append('\n').toString();
  }

  /**
   * Returns a pretty-printed JSON array, one object per change with {@code kind}, {@code breaking},
   * {@code product}, {@code operation}, {@code subject}, {@code detail} and {@code location}
   * ({@code path}, and {@code line} when known).
   */
  public String json() {
    ArrayNode array = MAPPER.createArrayNode();
    for (ApiChange change : changes) {
      ObjectNode node = array.addObject();
      node.put("kind", change.kind().name());
      node.put("breaking", change.breaking());
      node.put("product", change.product());
      node.put("operation", change.operation());
      node.put("subject", change.subject());
      node.put("detail", change.detail());
      ObjectNode location = node.putObject("location");
      location.put("path", change.location().path());
      if (change.location().line() != -1) {
        location.put("line", change.location().line());
      }
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e); // a tree of plain nodes always serialises
    }
  }
}
