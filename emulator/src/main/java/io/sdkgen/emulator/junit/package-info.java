/** A JUnit 5 extension that runs an emulator for the tests of a class. */
package io.sdkgen.emulator.junit;
