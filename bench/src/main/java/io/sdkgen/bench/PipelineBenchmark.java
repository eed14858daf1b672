package io.sdkgen.bench;

import io.sdkgen.bench.VpcFixture.CreateVpnRouteEntryResponse;
import io.sdkgen.runtime.ClientOptions;
import io.sdkgen.runtime.RetryPolicy;
import io.sdkgen.runtime.SdkClient;
import io.sdkgen.runtime.SignatureVersion;
import io.sdkgen.runtime.auth.Credentials;
import io.sdkgen.runtime.auth.StaticCredentialsProvider;
import io.sdkgen.runtime.http.Params;
import io.sdkgen.runtime.http.Request;
import io.sdkgen.runtime.http.Response;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The runtime's own CPU cost of one call, without the network: {@code SdkClient.execute} with a
 * network interceptor that renders the wire form (URI, form body) and answers with the canned body
 * instead of sending. Everything else runs as in a real call: build, retry loop, sign, interceptor
 * chain, JSON into {@code ResponseNode}, the typed reader. What a round trip adds to this is the
 * JDK {@code HttpClient} exchange.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g", "-Dfile.encoding=UTF-8"})
public class PipelineBenchmark {
  private static final Params HEADERS = Params.of("content-type", "application/json;charset=utf-8");

  @Param({"V1", "V3"})
  public String signature;

  private SdkClient client;

  /** A client whose last network interceptor answers itself. */
  @Setup
  public void setUp() {
    client =
        new SdkClient(
            VpcFixture.VPC,
            ClientOptions.builder()
                .region(VpcFixture.REGION_ID)
                .endpoint("http://127.0.0.1:8080")
                .credentials(
                    new StaticCredentialsProvider(
                        Credentials.of(VpcFixture.ACCESS_KEY_ID, VpcFixture.ACCESS_KEY_SECRET)))
                .signatureVersion(SignatureVersion.valueOf(signature))
                .retryPolicy(RetryPolicy.defaults())
                .addNetworkInterceptor(
                    chain -> {
                      Request request = chain.request();
                      if (request.uri().getRawQuery() == null
                          || request.formBodyBytes().length < 0) {
                        throw new IllegalStateException("no query");
                      }
                      return new Response(request, 200, HEADERS, VpcFixture.RESPONSE_BODY);
                    })
                .build());
    VpcFixture.check("pipeline", 200, execute().requestId());
  }

  /** Closes the client. */
  @TearDown
  public void tearDown() {
    client.close();
  }

  /** One call, minus the HTTP exchange. */
  @Benchmark
  public CreateVpnRouteEntryResponse execute() {
    return client.execute(
        VpcFixture.CREATE_VPN_ROUTE_ENTRY,
        VpcFixture.request(),
        CreateVpnRouteEntryResponse.READER);
  }
}
