@echo off
rem Motif Workbench command-line tool (Windows). Runs from the built jars; builds them on first use.
setlocal
set "ROOT=%~dp0.."
rem The bench module's jar and class path: the core and its libraries, plus the benchmark, which
rem adds the bench command (docs/decisions/0008-bench-module.md).
set "BUILT=1"
if not exist "%ROOT%\bench\target\classpath.txt" set "BUILT="
if not exist "%ROOT%\model\target\model-*.jar" set "BUILT="
if not exist "%ROOT%\bench\target\bench-*.jar" set "BUILT="
if not defined BUILT (
  echo Building Motif Workbench ^(first run only, needs Maven^)... 1>&2
  pushd "%ROOT%" && call mvn -B -q -DskipTests package -pl bench -am && popd
)
for %%J in ("%ROOT%\bench\target\bench-*.jar") do set "JAR=%%J"
set /p CP=<"%ROOT%\bench\target\classpath.txt"
set OPT_OUT_TRACKING=true
java -XX:+UseParallelGC -XX:MaxNewSize=128m --add-modules=jdk.incubator.vector %MWB_JAVA_OPTS% -Dai.djl.offline=true -DOPT_OUT_TRACKING=true -cp "%JAR%;%CP%" org.motifworkbench.cli.Main %*
