package io.sdkgen.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Callers on threads of their own, sharing one client, each making the same call many times. */
final class Callers {
  private Callers() {}

  /** What the callers saw: answers other than the expected one, and the first exception. */
  record Outcome(int wrongAnswers, Throwable firstFailure) {}

  /**
   * Starts {@code threads} callers named {@code name-N} at once, each calling {@link
   * Fixtures#create} {@code calls} times and expecting {@code VpnInstanceId} {@code vpn-1}, and
   * waits for them. A caller stops at its first exception.
   */
  static Outcome run(String name, int threads, int calls, SdkClient client)
      throws InterruptedException {
    AtomicInteger wrong = new AtomicInteger();
    AtomicReference<Throwable> firstFailure = new AtomicReference<>();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker =
          new Thread(
              () -> {
                try {
                  go.await();
                  for (int i = 0; i < calls; i++) {
                    if (!"vpn-1".equals(Fixtures.create(client, null).vpnInstanceId())) {
                      wrong.incrementAndGet();
                    }
                  }
                } catch (Throwable e) {
                  firstFailure.compareAndSet(null, e);
                }
              },
              name + "-" + t);
      workers.add(worker);
      worker.start();
    }
    go.countDown();
    for (Thread worker : workers) {
      worker.join(120_000);
    }
    return new Outcome(wrong.get(), firstFailure.get());
  }
}
