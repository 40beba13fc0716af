@echo off
rem Motif Workbench command-line tool (Windows). Runs from the built jars; builds them on first use.
setlocal
set "ROOT=%~dp0.."
if not exist "%ROOT%\model\target\classpath.txt" (
  echo Building Motif Workbench ^(first run only, needs Maven^)... 1>&2
  pushd "%ROOT%" && call mvn -B -q -DskipTests package -pl model -am && popd
)
for %%J in ("%ROOT%\model\target\model-*.jar") do set "JAR=%%J"
set /p CP=<"%ROOT%\model\target\classpath.txt"
set OPT_OUT_TRACKING=true
java -XX:+UseParallelGC -XX:MaxNewSize=128m --add-modules=jdk.incubator.vector %MWB_JAVA_OPTS% -Dai.djl.offline=true -DOPT_OUT_TRACKING=true -cp "%JAR%;%CP%" org.motifworkbench.cli.Main %*
