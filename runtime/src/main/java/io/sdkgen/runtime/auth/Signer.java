package io.sdkgen.runtime.auth;

import io.sdkgen.runtime.http.Request;

/**
 * Turns an unsigned request into a signed one. Implementations are pure and thread-safe: the same
 * inputs give the same bytes.
 */
public interface Signer {
  /**
   * Returns {@code request} signed with {@code credentials}.
   *
   * @param request the unsigned request (operation parameters placed, no common parameters)
   * @param credentials the key pair and optional STS token
   * @param timestamp UTC time as {@code yyyy-MM-dd'T'HH:mm:ss'Z'}
   * @param nonce a fresh random string, unique per attempt
   */
  Request sign(Request request, Credentials credentials, String timestamp, String nonce);
}
