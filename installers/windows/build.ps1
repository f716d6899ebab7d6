# Build the Windows setup program UnionDesk-Setup-<version>.exe on a Windows 10/11 x64 machine with
# Python 3.11+ (python.org, 64-bit) and NSIS 3 (makensis on PATH, or in its default folder):
#
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1
#
# The Windows twin of installers/build-linux.sh, step for step: a build venv (.venv-build) with
# UnionDesk, its test tools (the smoke test reads PDFs with pypdf) and PyInstaller; the compiled
# translation; PyInstaller on installers/uniondesk.spec (one folder: uniondesk.exe without a
# console window, uniondesk-cli.exe for the command line, _internal\); makensis on
# installers/windows/uniondesk.nsi. Output: dist\uniondesk\ and dist\UnionDesk-Setup-<version>.exe.
param(
    [string]$Python = "python",
    [string]$PyInstallerVersion = "6.22.3"
)
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

# PowerShell does not stop when a program fails: every program call goes through here.
function Invoke-Checked {
    param([string]$Program, [Parameter(ValueFromRemainingArguments = $true)][string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

$Venv = Join-Path $Root ".venv-build"
$Py = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $Py)) { Invoke-Checked $Python -m venv $Venv }
Invoke-Checked $Py -m pip install --quiet --disable-pip-version-check --upgrade pip
Invoke-Checked $Py -m pip install --quiet --disable-pip-version-check -e ".[test]" "pyinstaller==$PyInstallerVersion"
Invoke-Checked $Py -m desktop.i18n.build
$Version = (& $Py -c "import desktop; print(desktop.__version__)").Trim()
Write-Host "UnionDesk build: version $Version"

foreach ($old in @("build", "dist\uniondesk")) {
    if (Test-Path $old) { Remove-Item -Recurse -Force $old }
}
# Compiled caches of the migrations must not travel: Alembic reads the .py files.
Get-ChildItem -Path desktop\store\migrations -Recurse -Directory -Filter __pycache__ | Remove-Item -Recurse -Force
Invoke-Checked $Py -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller `
    installers\uniondesk.spec

$MakeNsis = (Get-Command makensis -ErrorAction SilentlyContinue).Source
if (-not $MakeNsis) { $MakeNsis = Join-Path ${env:ProgramFiles(x86)} "NSIS\makensis.exe" }
if (-not (Test-Path $MakeNsis)) { throw "makensis not found: install NSIS 3 (https://nsis.sourceforge.io or choco install nsis)" }
$Setup = Join-Path $Root "dist\UnionDesk-Setup-$Version.exe"
Invoke-Checked $MakeNsis /V2 /WX "/DVERSION=$Version" "/DDIST_DIR=$Root\dist\uniondesk" `
    "/DICON=$Root\resources\icons\uniondesk.ico" "/DOUT_FILE=$Setup" installers\windows\uniondesk.nsi
Get-Item $Setup | Format-Table Name, Length
