# Builds the Windows installer Newsmark-<version>.msi into target\installer\. NOT BUILT OR TESTED
# in this repository's CI (it runs on Linux). Run on Windows in PowerShell after 'mvn package':
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
# Needs a JDK 17+ (JAVA_HOME) and the WiX Toolset 3.x on PATH (candle.exe, light.exe), which
# jpackage uses to make .msi files. The JavaFX jars in target\lib must be the Windows ones, so run
# 'mvn package' on Windows.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

$jdk = if ($env:JAVA_HOME) { Join-Path $env:JAVA_HOME "bin" } else { "" }
function Tool($name) { if ($jdk) { Join-Path $jdk "$name.exe" } else { $name } }

[xml]$pom = Get-Content pom.xml
$version = ($pom.project.version -replace '[^0-9.].*$', '')
$out = "target\installer"
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input\lib" | Out-Null
Copy-Item target\newsmark.jar "$out\input\"
Copy-Item target\lib\*.jar "$out\input\lib\"

# the .newsmark association, with the Windows icon
(Get-Content installer\newsmark-file-association.properties) `
  -replace '^icon=.*', 'icon=installer/icons/newsmark.ico' | Set-Content "$out\fa.properties"

$deps = & (Tool jdeps) --ignore-missing-deps --print-module-deps --multi-release 17 `
  --class-path "$out\input\lib\*" "$out\input\newsmark.jar" | Select-Object -Last 1
$extra = "java.logging,java.naming,java.management,java.scripting,java.xml,jdk.jfr,jdk.unsupported,jdk.charsets,jdk.crypto.ec,jdk.zipfs"
$modules = (($deps + "," + $extra).Split(",") | Sort-Object -Unique) -join ","
& (Tool jlink) --add-modules $modules --output "$out\runtime" --strip-debug --no-header-files --no-man-pages --compress=2

& (Tool jpackage) --type msi --dest $out `
  --name Newsmark --app-version $version --vendor Newsmark `
  --description "Desktop annotation workbench for media analysts" --copyright "Newsmark contributors" `
  --input "$out\input" --main-jar newsmark.jar --main-class org.newsmark.app.Main `
  --runtime-image "$out\runtime" --icon installer\icons\newsmark.ico `
  --win-menu --win-menu-group Newsmark --win-shortcut --win-dir-chooser --win-per-user-install `
  --win-upgrade-uuid 6f0e2b8e-4c1a-4f57-9a43-2f4b6c1d9e70 `
  --file-associations "$out\fa.properties" `
  --java-options "-Dfile.encoding=UTF-8"
Get-ChildItem "$out\*.msi"
