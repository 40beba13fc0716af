#!/usr/bin/env bash
# Builds the Motif Workbench installer for the operating system it runs on, with JDK 17's jpackage:
#   Linux x86_64 -> app image + .deb    (needs fakeroot and dpkg-dev)
#   Windows      -> app image + .msi    (run from Git Bash; needs WiX 3 on the PATH)
#   macOS arm64  -> app image + .dmg
# Usage:   packaging/build.sh [--image-only] [--tarball]
#   --tarball (Linux) also packs the app image as motif-workbench-<version>-linux-x86_64.tar.gz:
#             the classroom build that runs without installing or admin rights
# Output:  packaging/target/image/<app image>  and  packaging/target/installer/<package>
# Offline: MWB_MVN_FLAGS=-o packaging/build.sh   (once Maven has every dependency in ~/.m2)
# See packaging/README.md for what ends up inside and why.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/target"
image_only=false
tarball=false
for arg in "$@"; do
  case "$arg" in
    --image-only) image_only=true ;;
    --tarball) tarball=true ;;
    *) echo "packaging/build.sh: unknown option $arg (use --image-only, --tarball)" >&2; exit 2 ;;
  esac
done

die() { echo "packaging/build.sh: $*" >&2; exit 1; }
step() { echo "== $* ($(date +%H:%M:%S))"; }

# --- What this machine builds -----------------------------------------------------------------
case "$(uname -s)" in
  Linux)
    [[ "$(uname -m)" == x86_64 ]] || die "only x86_64 Linux is set up (PyTorch natives linux-x86_64)"
    os=linux fx_platform=linux torch_classifier=linux-x86_64 jna_platform=linux-x86-64 installer=deb
    native_ext=so runtime_native_dir=lib path_sep=: icon="$root/ui-assets/icons/motif-workbench.png" ;;
  Darwin)
    # Maven Central has pytorch-native-cpu 2.7.1 for osx-aarch64 only (osx-x86_64 is 404).
    [[ "$(uname -m)" == arm64 ]] || die "PyTorch 2.7.1 CPU natives exist for Apple silicon (arm64) only"
    os=mac fx_platform=mac-aarch64 torch_classifier=osx-aarch64 jna_platform=darwin-aarch64 installer=dmg
    native_ext=dylib runtime_native_dir=lib path_sep=: icon="$out/motif-workbench.icns" ;;
  MINGW* | MSYS* | CYGWIN*)
    os=win fx_platform=win torch_classifier=win-x86_64 jna_platform=win32-x86-64 installer=msi
    native_ext=dll runtime_native_dir=bin path_sep=';' icon="$here/windows/motif-workbench.ico" ;;
  *) die "unsupported operating system $(uname -s)" ;;
esac

# Native Windows tools (jlink, jpackage) want C:/... paths, not Git Bash's /c/... ones.
native_path() { if [[ $os == win ]]; then cygpath -m "$1"; else printf '%s' "$1"; fi; }

if [[ -n "${JAVA_HOME:-}" ]]; then
  java_home="$JAVA_HOME"
else
  java_home="$(cd "$(dirname "$(readlink -f "$(command -v jlink)")")/.." && pwd)"
fi
jlink="$java_home/bin/jlink"
jar() { "$java_home/bin/jar" "$@"; }
jpackage="$java_home/bin/jpackage"
[[ -x "$jpackage" || -x "$jpackage.exe" ]] || die "no jpackage in $java_home (need a full JDK 17)"
[[ -d "$java_home/jmods" ]] || die "no $java_home/jmods (Debian/Ubuntu: apt install openjdk-17-jmods)"

# --- Versions from the pom: jpackage wants a plain number, so 0.1.0-SNAPSHOT becomes 0.1.0 -----
pom_value() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$root/pom.xml" | head -n 1; }
pom_version="$(pom_value version)"
pytorch_version="$(pom_value pytorch.version)"
app_version="${MWB_APP_VERSION:-${pom_version%%-*}}"
if [[ $os == mac && $app_version == 0.* ]]; then
  # macOS bundles refuse a version whose first number is 0 (CFBundleVersion).
  app_version="1.${app_version#0.}"
  echo "macOS: bundle version $app_version stands for $pom_version (first number may not be 0)"
fi
[[ "$app_version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "cannot make a numeric version from $pom_version"

app_name="Motif Workbench"
vendor="Motif Workbench project"
description="Desktop workbench for DNA sequence classification and motif interpretation"
mvn_flags=(-B -q ${MWB_MVN_FLAGS:-})
start_seconds=$SECONDS

# --- 1. Build the jars --------------------------------------------------------------------------
step "Building the jars (mvn package, tests skipped)"
(cd "$root" && mvn "${mvn_flags[@]}" -DskipTests -Djavafx.platform="$fx_platform" package)
rm -rf "$out"
mkdir -p "$out/input" "$out/javafx" "$out/downloads" "$out/unpacked"
(cd "$root" && mvn "${mvn_flags[@]}" -N dependency:copy \
  -Dartifact="ai.djl.pytorch:pytorch-native-cpu:$pytorch_version:jar:$torch_classifier" \
  -DoutputDirectory="$(native_path "$out/downloads")")

# --- 2. The application folder ($APPDIR): jars, natives, samples, notices -------------------------
step "Staging the application folder"
input="$out/input"
app_jar="$(ls "$root"/app/target/app-*.jar | grep -v -e sources -e tests | head -n 1)"
cp "$app_jar" "$input/"
classpath="$(cat "$root/app/target/classpath.txt")"
jni_jar=""
jna_jar=""
while IFS= read -r jar; do
  [[ -n "$jar" ]] || continue
  [[ $os == win ]] && jar="$(cygpath -u "$jar")"
  name="$(basename "$jar")"
  case "$name" in
    javafx-*-"$fx_platform".jar) cp "$jar" "$out/javafx/" ;; # into the runtime, as modules
    javafx-*) ;;                                          # empty placeholder jars
    pytorch-native-*) ;;                                  # unpacked below instead
    pytorch-jni-*) jni_jar="$jar"; cp "$jar" "$input/" ;; # kept: holds the CUDA JNI for GPU users
    jna-[0-9]*) jna_jar="$jar"; cp "$jar" "$input/" ;;
    *) cp "$jar" "$input/" ;;
  esac
done < <(printf '%s\n' "$classpath" | tr "$path_sep" '\n')
[[ -n "$jni_jar" ]] || die "pytorch-jni is not on the app's class path"
[[ -n "$jna_jar" ]] || die "jna is not on the app's class path"

# PyTorch natives and DJL's JNI library in one folder; PYTORCH_LIBRARY_PATH points at it, so DJL
# loads them in place and never unpacks or downloads anything into the user's home folder.
torch_jar="$out/downloads/pytorch-native-cpu-$pytorch_version-$torch_classifier.jar"
(cd "$out/unpacked" && jar xf "$(native_path "$torch_jar")" "pytorch/cpu/$torch_classifier" &&
  jar xf "$(native_path "$jni_jar")" "jnilib/$torch_classifier/cpu")
mkdir -p "$input/torch"
cp "$out/unpacked/pytorch/cpu/$torch_classifier"/* "$input/torch/"
cp "$out/unpacked/jnilib/$torch_classifier/cpu"/* "$input/torch/"
if [[ $os == linux && "${MWB_STRIP_NATIVES:-1}" == 1 ]] && command -v strip >/dev/null; then
  # The Linux libraries carry full symbol tables (libtorch_cpu.so: 446 MB -> 357 MB without);
  # --strip-unneeded keeps the dynamic symbols that loading needs.
  strip --strip-unneeded "$input/torch"/*.so*
fi

# JNA (used by DJL) would otherwise unpack its native stub into ~/.cache/JNA at every start.
(cd "$out/unpacked" && jar xf "$(native_path "$jna_jar")" "com/sun/jna/$jna_platform")
mkdir -p "$input/jna"
cp "$out/unpacked/com/sun/jna/$jna_platform"/* "$input/jna/"

cp -R "$root/samples" "$input/samples"

legal="$input/legal"
mkdir -p "$legal/licenses/from-jars"
cp "$root/LICENSE" "$legal/LICENSE"
cp "$here/legal/THIRD-PARTY-NOTICES.txt" "$legal/"
if [[ -n "$(find "$root/samples" -iname '*jaspar*' -print -quit)" ]]; then
  cat "$here/legal/JASPAR-NOTICE.txt" >>"$legal/THIRD-PARTY-NOTICES.txt"
fi
cp "$here/legal/licenses"/* "$legal/licenses/"
cp "$root/ui-assets/fonts/LICENSE-DejaVu.txt" "$legal/licenses/"
for jar in "$input"/*.jar "$out/javafx"/*.jar; do
  entries="$(jar tf "$(native_path "$jar")" | grep -E '^META-INF/[^/]*(LICENSE|NOTICE)[^/]*$' || true)"
  if [[ -n "$entries" ]]; then
    dir="$legal/licenses/from-jars/$(basename "$jar" .jar)"
    mkdir -p "$dir"
    # shellcheck disable=SC2086
    (cd "$dir" && jar xf "$(native_path "$jar")" $entries && mv META-INF/* . && rmdir META-INF)
  fi
done
{
  echo "Files in the application folder of this build ($app_name $pom_version, $torch_classifier):"
  (cd "$input" && ls -1 ./*.jar torch/* jna/* | sed 's:^\./::')
} >"$legal/FILES.txt"

# --- 3. The Java runtime: only the modules needed, JavaFX included ------------------------------
step "Making the Java runtime (jlink)"
# Found with jdeps over every jar (see packaging/README.md); jdk.unsupported for Gson and JNA,
# jdk.zipfs in case a model file is opened as a zip file system.
modules="java.base,java.compiler,java.datatransfer,java.desktop,java.logging,java.management"
modules="$modules,java.sql,java.xml,jdk.unsupported,jdk.zipfs,javafx.controls,javafx.swing"
# The CPU trainer's vector arithmetic (model: CpuNetwork); launchers add it with --add-modules.
modules="$modules,jdk.incubator.vector"
# JavaFX's native libraries go into the runtime's own library folder instead of the modules:
# loaded from there, nothing is extracted into ~/.openjfx at start.
"$jlink" --module-path "$(native_path "$java_home/jmods")$path_sep$(native_path "$out/javafx")" \
  --add-modules "$modules" \
  --exclude-resources="glob:**.$native_ext" \
  --strip-debug --no-header-files --no-man-pages --strip-native-commands --compress=2 \
  --output "$(native_path "$out/runtime")"
mkdir -p "$out/unpacked/javafx"
for jar in "$out/javafx"/*.jar; do
  (cd "$out/unpacked/javafx" && jar xf "$(native_path "$jar")")
done
find "$out/unpacked/javafx" -maxdepth 1 -name "*.$native_ext" -exec cp {} "$out/runtime/$runtime_native_dir/" \;

# --- 4. The app image -----------------------------------------------------------------------------
step "Making the app image (jpackage)"
if [[ $os == mac ]]; then
  iconset="$out/motif-workbench.iconset"
  mkdir -p "$iconset"
  for s in 16 32 128 256; do
    sips -z $s $s "$root/ui-assets/icons/motif-workbench.png" --out "$iconset/icon_${s}x${s}.png" >/dev/null
  done
  iconutil -c icns "$iconset" -o "$icon"
fi

# The CLI launcher `mwb`: same runtime and class path, another main class, a console on Windows.
# Its java-options replace the app's, so they repeat them, with the parallel collector added (as in
# bin/mwb: peak memory of mwb predict the same for any input size; the window keeps G1).
cat >"$out/mwb.properties" <<EOF
main-class=org.motifworkbench.cli.Main
java-options=-Dmwb.samples=\$APPDIR/samples -DPYTORCH_LIBRARY_PATH=\$APPDIR/torch -Djna.boot.library.path=\$APPDIR/jna -Djna.nounpack=true -Dai.djl.offline=true -DOPT_OUT_TRACKING=true -XX:+UseParallelGC -XX:MaxNewSize=128m --add-modules=jdk.incubator.vector
win-console=true
win-shortcut=false
win-menu=false
linux-shortcut=false
EOF

common_options=(
  --name "$app_name" --app-version "$app_version" --vendor "$vendor"
  --description "$description" --copyright "Copyright the Motif Workbench authors, Apache-2.0"
  --icon "$(native_path "$icon")"
)
app_options=(
  --input "$(native_path "$input")" --main-jar "$(basename "$app_jar")"
  --main-class org.motifworkbench.app.Launcher
  --runtime-image "$(native_path "$out/runtime")"
  --java-options "-Dmwb.samples=\$APPDIR/samples"
  --java-options "-DPYTORCH_LIBRARY_PATH=\$APPDIR/torch"
  --java-options "-Djna.boot.library.path=\$APPDIR/jna"
  --java-options "-Djna.nounpack=true"
  --java-options "-Dai.djl.offline=true"
  --java-options "-DOPT_OUT_TRACKING=true"
  --java-options "-XX:MaxNewSize=128m"
  --java-options "--add-modules=jdk.incubator.vector"
  --add-launcher mwb="$(native_path "$out/mwb.properties")"
)
"$jpackage" --type app-image --dest "$(native_path "$out/image")" \
  "${common_options[@]}" "${app_options[@]}"

case $os in
  mac) app_image="$out/image/$app_name.app" ;;
  *) app_image="$out/image/$app_name" ;;
esac
echo "App image: $app_image ($(du -sh "$app_image" | cut -f1))"
if $tarball; then
  [[ $os == linux ]] || die "--tarball is for Linux (Windows and macOS users get the .msi or .dmg)"
  step "Packing the app image as a .tar.gz (runs without installing)"
  mkdir -p "$out/installer"
  tarball_file="$out/installer/motif-workbench-$app_version-linux-x86_64.tar.gz"
  # One top folder, "Motif Workbench", with bin/ and lib/: unpack anywhere and run
  # "Motif Workbench/bin/Motif Workbench". Owner and group are not kept: any user may unpack it.
  tar -C "$out/image" --owner=0 --group=0 --numeric-owner -czf "$tarball_file" "$app_name"
  echo "Tarball: $tarball_file ($(du -h "$tarball_file" | cut -f1))"
fi
if $image_only; then
  echo "Done in $((SECONDS - start_seconds)) s."
  exit 0
fi

# --- 5. The installer -------------------------------------------------------------------------------
step "Making the .$installer (jpackage)"
# Double-clicking a .fa or .fasta file opens it in the workbench (the launcher takes file arguments).
cat >"$out/fasta.properties" <<EOF
extension=fa fasta
mime-type=text/x-fasta
description=FASTA sequence file
EOF
case $os in
  linux)
    installer_options=(
      --app-image "$app_image"
      --install-dir /opt
      --linux-package-name motif-workbench
      --linux-app-category science
      --linux-menu-group "Science;Education;"
      --linux-shortcut
      # Our desktop entries (the app's passes double-clicked files on with %F; the CLI's is
      # hidden) and install scripts (desktop registration may fail on a machine without a desktop).
      --resource-dir "$here/linux"
      --license-file "$root/LICENSE"
    ) ;;
  win)
    installer_options=(
      --app-image "$(native_path "$app_image")"
      --win-menu --win-menu-group "$app_name" --win-shortcut --win-dir-chooser
      # Fixed, so a newer .msi replaces an installed older one.
      --win-upgrade-uuid 6f1c3d52-8a0e-4b7e-9a57-3c9e2f0b6d41
      --license-file "$(native_path "$root/LICENSE")"
    ) ;;
  mac)
    # From the inputs rather than the app image: the file associations live in the bundle's
    # Info.plist, which jpackage writes only when it makes the bundle.
    installer_options=(
      "${app_options[@]}"
      --mac-package-identifier org.motifworkbench.app
      --mac-package-name "$app_name"
      --license-file "$root/LICENSE"
    ) ;;
esac
"$jpackage" --type "$installer" --dest "$(native_path "$out/installer")" \
  "${common_options[@]}" "${installer_options[@]}" \
  --file-associations "$(native_path "$out/fasta.properties")"

ls -l "$out/installer"
echo "Done in $((SECONDS - start_seconds)) s."
