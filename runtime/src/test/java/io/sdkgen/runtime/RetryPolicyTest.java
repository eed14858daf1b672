package io.sdkgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  static final OperationInfo READ = OperationInfo.rpc("Describe", "GET", false);
  static final OperationInfo WRITE_WITH_TOKEN =
      OperationInfo.rpc("Create", "POST", true, "ClientToken");
  static final OperationInfo WRITE = OperationInfo.rpc("Delete", "POST", true);

  @Test
  void throttlingCodesAreRetriedWhateverTheStatusAndOperation() {
    RetryPolicy p = RetryPolicy.defaults();
    for (String code : new String[] {"Throttling", "Throttling.User", "Throttling.Api"}) {
      assertThat(p.isRetryable(WRITE, 400, code)).isTrue();
      assertThat(p.isRetryable(WRITE, 403, code)).isTrue();
    }
    assertThat(p.isRetryable(WRITE, 429, null)).isTrue();
  }

  @Test
  void serverErrorsAreRetriedOnlyWhenSafe() {
    RetryPolicy p = RetryPolicy.defaults();
    for (int status : new int[] {500, 502, 503, 504}) {
      assertThat(p.isRetryable(READ, status, "InternalError")).isTrue();
      assertThat(p.isRetryable(WRITE_WITH_TOKEN, status, "InternalError")).isTrue();
      assertThat(p.isRetryable(WRITE, status, "InternalError")).isFalse();
    }
    assertThat(p.isRetryableTransport(WRITE)).isFalse();
    assertThat(p.isRetryableTransport(WRITE_WITH_TOKEN)).isTrue();
    RetryPolicy lax = p.toBuilder().retryNonIdempotent(true).build();
    assertThat(lax.isRetryable(WRITE, 503, null)).isTrue();
    assertThat(lax.isRetryableTransport(WRITE)).isTrue();
  }

  @Test
  void otherClientErrorsAreNeverRetried() {
    RetryPolicy p = RetryPolicy.defaults();
    assertThat(p.isRetryable(READ, 400, "InvalidParameter")).isFalse();
    assertThat(p.isRetryable(READ, 403, "IdempotentParameterMismatch")).isFalse();
    assertThat(p.isRetryable(READ, 404, "InvalidVpnGatewayInstanceId.NotFound")).isFalse();
  }

  @Test
  void fullJitterStaysWithinTheExponentialCeilingAndUsesTheWholeRange() {
    RetryPolicy p =
        RetryPolicy.builder()
            .baseDelay(Duration.ofMillis(100))
            .maxDelay(Duration.ofMillis(1_000))
            .build();
    long[] ceilings = {100, 200, 400, 800, 1_000, 1_000};
    for (int retry = 1; retry <= ceilings.length; retry++) {
      long max = 0;
      long min = Long.MAX_VALUE;
      for (int i = 0; i < 2_000; i++) {
        long d = p.delayBeforeRetry(retry).toMillis();
        assertThat(d).isBetween(0L, ceilings[retry - 1]);
        max = Math.max(max, d);
        min = Math.min(min, d);
      }
      assertThat(min).isLessThan(ceilings[retry - 1] / 10);
      assertThat(max).isGreaterThan(ceilings[retry - 1] * 9 / 10);
    }
  }

  @Test
  void noneMakesOneAttempt() {
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    assertThat(RetryPolicy.defaults().maxAttempts()).isEqualTo(3);
  }
}
