package io.sdkgen.runtime; /** Stub. */ public interface Interceptor {}
