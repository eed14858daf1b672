package io.sdkgen.runtime;

/** How requests are signed; chosen per client. */
public enum SignatureVersion {
  /**
   * RPC query signature HMAC-SHA1 ({@code SignatureVersion=1.0}; "V2" in newer Alibaba pages). The
   * default for RPC. ROA operations are always signed with {@link #V3}.
   */
  V1,
  /** Header signature {@code ACS3-HMAC-SHA256}, for RPC and ROA alike. */
  V3
}
