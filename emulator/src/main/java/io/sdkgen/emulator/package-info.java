/** A local Alibaba Cloud API emulator that serves the operations of reference pages. */
package io.sdkgen.emulator;
