package io.sdkgen.runtime; /** Stub. */ public interface RetryPolicy {}
