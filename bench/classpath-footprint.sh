#!/usr/bin/env bash
# Lists the runtime classpath (compile + runtime scope, no test jars) of the sdkgen runtime and of
# the two official Alibaba Cloud Java clients, with jar counts and total sizes.
# Usage: bench/classpath-footprint.sh   (from anywhere; needs mvn and the local repository)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

report() { # name classpath-file
  local name="$1" file="$2" count=0 bytes=0
  echo "## $name"
  tr ':' '\n' < "$file" | sed '/^$/d' | sort > "$work/jars"
  while read -r jar; do
    size=$(stat -c %s "$jar")
    count=$((count + 1))
    bytes=$((bytes + size))
    printf '  %8d  %s\n' "$size" "${jar##*/}"
  done < "$work/jars"
  printf '%s: %d jars, %d bytes (%.1f MB)\n\n' "$name" "$count" "$bytes" \
    "$(echo "$bytes / 1048576" | bc -l)"
}

# The runtime itself: its own jar plus what it pulls in at runtime scope.
# package, not install: other worktrees share the local repository.
(cd "$root" && mvn -B -q -Dstyle.color=never -pl runtime package -DskipTests >/dev/null)
(cd "$root" && mvn -B -q -pl runtime dependency:build-classpath -DincludeScope=runtime -Dstyle.color=never \
   -Dmdep.outputFile="$work/runtime.cp" >/dev/null)
runtime_jar="$(ls "$root"/runtime/target/sdkgen-runtime-*.jar | grep -v sources | head -1)"
printf '%s:%s' "$runtime_jar" "$(cat "$work/runtime.cp")" > "$work/runtime.cp"
report "sdkgen runtime (io.sdkgen:sdkgen-runtime)" "$work/runtime.cp"

# The official clients: a throwaway pom per artifact, versions from the root pom.
official() { # groupId artifactId version name
  local dir="$work/$2"
  mkdir -p "$dir"
  cat > "$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>footprint</groupId><artifactId>$2-footprint</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>$1</groupId><artifactId>$2</artifactId><version>$3</version></dependency>
  </dependencies>
</project>
POM
  # The artifact itself is on its own dependency's classpath already.
  (cd "$dir" && mvn -B -q dependency:build-classpath -DincludeScope=runtime -Dstyle.color=never \
     -Dmdep.outputFile="$dir/cp" >/dev/null)
  report "$4" "$dir/cp"
}
version() { # property name in the root pom
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$root/pom.xml" | head -1
}
official com.aliyun vpc20160428 "$(version aliyun-vpc.version)" \
  "official Tea client (com.aliyun:vpc20160428)"
official com.aliyun aliyun-java-sdk-core "$(version aliyun-core.version)" \
  "official V1 core (com.aliyun:aliyun-java-sdk-core)"
