package io.sdkgen.spec.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.aliyuncs.transform.UnmarshallerContext;
import io.sdkgen.spec.Operation;
import io.sdkgen.spec.PageResult;
import io.sdkgen.spec.ResponseField;
import io.sdkgen.spec.Spec;
import io.sdkgen.spec.TypeKind;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where each response field sits, as the corpus pages are read, against the official V1 SDKs
 * ({@code aliyun-java-sdk-ecs}, {@code -slb}, {@code -vpc}; test scope only): each operation's
 * unmarshaller is run on a context that records every path it reads ({@code
 * DescribeDisksResponse.Disks[0].OperationLocks[0].LockReason}), and the paths of the fields read
 * from every page of the operation, in every locale, are looked up among them. A field the pages
 * put in the wrong structure is read from a path the official SDK does not know. Fields the
 * official SDK does not read at all (newer than it, or misnamed in the pages) count against the
 * share too, which is why it is not 1. Skipped when the corpus is not there.
 */
class OfficialResponsePathsTest {

  /** The paths, one per field, that the response tree of a page reads. */
  private static void paths(List<ResponseField> fields, String prefix, Set<String> into) {
    for (ResponseField field : fields) {
      String path = prefix + field.name();
      if (field.type().kind() == TypeKind.LIST) {
        if (field.children().isEmpty()) {
          into.add(path + "[]");
        } else {
          paths(field.children(), path + "[].", into);
        }
      } else if (!field.children().isEmpty()) {
        paths(field.children(), path + ".", into);
      } else {
        into.add(path);
      }
    }
  }

  /**
   * Returns the paths the official unmarshaller of {@code operation} reads, written as {@link
   * #paths} writes them; null when the SDK has no such operation.
   */
  private static Set<String> officialPaths(String sdkPackage, String operation) throws Exception {
    String prefix = sdkPackage.replace("model", "transform");
    Class<?> unmarshaller;
    Class<?> response;
    try {
      unmarshaller = Class.forName(prefix + "." + operation + "ResponseUnmarshaller");
      response = Class.forName(sdkPackage + "." + operation + "Response");
    } catch (ClassNotFoundException e) {
      return null;
    }
    Set<String> keys = new TreeSet<>();
    UnmarshallerContext context = new RecordingContext(keys);
    Method unmarshall = unmarshaller.getMethod("unmarshall", response, UnmarshallerContext.class);
    unmarshall.invoke(null, response.getConstructor().newInstance(), context);
    Set<String> paths = new TreeSet<>();
    String root = operation + "Response.";
    for (String key : keys) {
      if (key.startsWith(root) && !key.endsWith(".Length")) {
        paths.add(key.substring(root.length()).replaceAll("\\[\\d+]", "[]"));
      }
    }
    return paths;
  }

  /** Records every key an unmarshaller asks for; each list has one element, every value null. */
  private static final class RecordingContext extends UnmarshallerContext {
    private final Set<String> keys;

    RecordingContext(Set<String> keys) {
      this.keys = keys;
    }

    private <T> T record(String key) {
      keys.add(key);
      return null;
    }

    @Override
    public Integer integerValue(String key) {
      return record(key);
    }

    @Override
    public String stringValue(String key) {
      return record(key);
    }

    @Override
    public Long longValue(String key) {
      return record(key);
    }

    @Override
    public Boolean booleanValue(String key) {
      return record(key);
    }

    @Override
    public Float floatValue(String key) {
      return record(key);
    }

    @Override
    public Double doubleValue(String key) {
      return record(key);
    }

    @Override
    public int lengthValue(String key) {
      keys.add(key);
      return 1;
    }

    @Override
    public List<Map<Object, Object>> listMapValue(String key) {
      keys.add(key);
      return new ArrayList<>();
    }

    @Override
    public Map<Object, Object> mapValue(String key) {
      keys.add(key);
      return new HashMap<>();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // folder, product, version, the official SDK's model package, least share found
    "ecs, Ecs, 2014-05-26, com.aliyuncs.ecs.model.v20140526, 0.965",
    "slb, Slb, 2014-05-15, com.aliyuncs.slb.model.v20140515, 0.960",
    "vpn, Vpc, 2016-04-28, com.aliyuncs.vpc.model.v20160428, 0.995"
  })
  void responseFieldsSitWhereTheOfficialSdkReadsThem(
      String folder, String product, String version, String sdkPackage, double least)
      throws Exception {
    String shared = System.getProperty("sdkgen.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus")), "no corpus");
    Spec spec =
        SpecReader.builder()
            .product(product)
            .version(version)
            .build()
            .read(List.of(Path.of(shared, "corpus", folder)));
    Map<String, Set<String>> official = new HashMap<>();
    int found = 0;
    int paths = 0;
    int pages = 0;
    List<String> misplaced = new ArrayList<>();
    for (PageResult page : spec.pages()) {
      Operation operation = page.operation();
      if (operation == null || operation.response().isEmpty()) {
        continue;
      }
      if (!official.containsKey(operation.name())) {
        official.put(operation.name(), officialPaths(sdkPackage, operation.name()));
      }
      Set<String> known = official.get(operation.name());
      if (known == null) {
        continue;
      }
      pages++;
      Set<String> read = new TreeSet<>();
      paths(operation.response(), "", read);
      for (String path : read) {
        paths++;
        if (known.contains(path)) {
          found++;
        } else if (misplaced.size() < 40) {
          misplaced.add(page.source() + ": " + path);
        }
      }
    }
    double share = (double) found / paths;
    System.out.printf(
        "%s: %d of %d response paths of %d pages read where the official SDK reads them%n",
        folder, found, paths, pages);
    misplaced.forEach(p -> System.out.println("  not read by the official SDK: " + p));
    assertThat(pages).isGreaterThan(40);
    assertThat(share).as("%d of %d paths", found, paths).isGreaterThanOrEqualTo(least);
  }
}
