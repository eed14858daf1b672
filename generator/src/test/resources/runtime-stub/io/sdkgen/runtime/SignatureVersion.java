package io.sdkgen.runtime; /** Stub. */ public enum SignatureVersion { V1, V3 }
