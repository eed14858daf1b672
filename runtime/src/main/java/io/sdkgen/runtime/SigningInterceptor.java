package io.sdkgen.runtime;

import io.sdkgen.runtime.auth.Credentials;
import io.sdkgen.runtime.auth.CredentialsProvider;
import io.sdkgen.runtime.auth.Signer;
import io.sdkgen.runtime.http.Request;
import io.sdkgen.runtime.http.Response;
import io.sdkgen.runtime.internal.Nonces;
import io.sdkgen.runtime.internal.Timestamps;

/** Signs each attempt with fresh credentials, timestamp and nonce. */
final class SigningInterceptor implements Interceptor {
  private final CredentialsProvider credentials;
  private final Signer rpcSigner;
  private final Signer roaSigner;

  SigningInterceptor(CredentialsProvider credentials, Signer rpcSigner, Signer roaSigner) {
    this.credentials = credentials;
    this.rpcSigner = rpcSigner;
    this.roaSigner = roaSigner;
  }

  @Override
  public Response intercept(Chain chain) {
    return chain.proceed(sign(chain.request()));
  }

  Request sign(Request request) {
    Credentials resolved = credentials.resolve();
    Signer signer = request.operation().style() == ApiStyle.ROA ? roaSigner : rpcSigner;
    return signer.sign(request, resolved, Timestamps.now(), Nonces.next());
  }
}
