@echo off
rem Starts the Motif Workbench desktop application (Windows). Builds it on first use.
setlocal
set "ROOT=%~dp0.."
if not exist "%ROOT%\app\target\classpath.txt" (
  echo Building Motif Workbench ^(first run only, needs Maven^)... 1>&2
  pushd "%ROOT%" && call mvn -B -q -DskipTests package && popd
)
for %%J in ("%ROOT%\app\target\app-*.jar") do set "JAR=%%J"
set /p CP=<"%ROOT%\app\target\classpath.txt"
set OPT_OUT_TRACKING=true
java --add-modules=jdk.incubator.vector %MWB_JAVA_OPTS% -Dai.djl.offline=true -DOPT_OUT_TRACKING=true -Dmwb.samples="%ROOT%\samples" -cp "%JAR%;%CP%" org.motifworkbench.app.Launcher %*
