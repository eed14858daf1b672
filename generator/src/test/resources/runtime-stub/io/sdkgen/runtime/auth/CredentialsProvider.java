package io.sdkgen.runtime.auth; /** Stub. */ public interface CredentialsProvider {}
