; UnionDesk setup program for Windows 10/11 (x64): installs for the current user, without
; administrator rights, into %LOCALAPPDATA%\Programs\UnionDesk.
;
;   makensis /DVERSION=0.1.0 /DDIST_DIR=<repo>\dist\uniondesk /DICON=<repo>\resources\icons\uniondesk.ico
;            /DOUT_FILE=<repo>\dist\UnionDesk-Setup-0.1.0.exe installers\windows\uniondesk.nsi
;
; DIST_DIR is PyInstaller's one-folder build (installers/uniondesk.spec): uniondesk.exe (the window,
; no console), uniondesk-cli.exe (the command line) and _internal\. installers/windows/build.ps1
; runs PyInstaller and this script; installers/windows/check-nsi.sh compiles it on Linux in CI.
;
; The user's data (database, backups) lives in %LOCALAPPDATA%\UnionDesk, outside the program
; folder: installing over an older version replaces the program only (the program backs up and
; migrates the database at its next start), and uninstalling never touches the data.

Unicode true
ManifestDPIAware true
RequestExecutionLevel user

!ifndef VERSION
  !error "VERSION is not defined: makensis /DVERSION=x.y.z …"
!endif
!ifndef DIST_DIR
  !error "DIST_DIR is not defined: the PyInstaller one-folder build (dist\uniondesk)"
!endif
!ifndef ICON
  !error "ICON is not defined: resources\icons\uniondesk.ico"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "UnionDesk-Setup-${VERSION}.exe"
!endif

!define PRODUCT "UnionDesk"
!define PRODUCT_ZH "工会工作台"
!define PUBLISHER "UnionDesk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\UnionDesk"

Name "${PRODUCT_ZH} (${PRODUCT}) ${VERSION}"
OutFile "${OUT_FILE}"
InstallDir "$LOCALAPPDATA\Programs\UnionDesk"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
!ifndef COMPRESSOR
  !define COMPRESSOR "/SOLID lzma"   ; check-nsi.sh passes zlib: it checks the script, not the ratio
!endif
SetCompressor ${COMPRESSOR}
BrandingText "${PRODUCT} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=0 "FileDescription" "${PRODUCT_ZH} ${PRODUCT} setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\uniondesk.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString NeedsX64 ${LANG_SIMPCHINESE} "工会工作台需要 64 位 Windows 10 或 11。"
LangString NeedsX64 ${LANG_ENGLISH} "UnionDesk needs 64-bit Windows 10 or 11."
LangString DataKept ${LANG_SIMPCHINESE} "程序已删除。您的数据（数据库和备份）仍保留在 $LOCALAPPDATA\UnionDesk。"
LangString DataKept ${LANG_ENGLISH} "The program was removed. Your data (database and backups) stays in $LOCALAPPDATA\UnionDesk."

Function .onInit
  SetShellVarContext current
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(NeedsX64)"
    Abort
  ${EndIf}
FunctionEnd

Section "UnionDesk" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An upgrade: the old version's libraries go first, so no stale file of it is loaded by the new one.
  RMDir /r "$INSTDIR\_internal"
  File "${DIST_DIR}\uniondesk.exe"
  File "${DIST_DIR}\uniondesk-cli.exe"
  File /r "${DIST_DIR}\_internal"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${PRODUCT_ZH}"
  CreateShortcut "$SMPROGRAMS\${PRODUCT_ZH}\${PRODUCT_ZH}.lnk" "$INSTDIR\uniondesk.exe" "" "$INSTDIR\uniondesk.exe" 0
  CreateShortcut "$SMPROGRAMS\${PRODUCT_ZH}\卸载${PRODUCT_ZH}.lnk" "$INSTDIR\Uninstall.exe"
  CreateShortcut "$DESKTOP\${PRODUCT_ZH}.lnk" "$INSTDIR\uniondesk.exe" "" "$INSTDIR\uniondesk.exe" 0

  ; Apps & features (per user: HKCU, no administrator needed)
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT_ZH} (${PRODUCT})"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\uniondesk.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

; Only what the setup put there: the program folder's own files, never a recursive delete of
; $INSTDIR (someone may have chosen a folder that holds other things) and never the data folder.
Section "Uninstall"
  SetShellVarContext current
  Delete "$DESKTOP\${PRODUCT_ZH}.lnk"
  Delete "$SMPROGRAMS\${PRODUCT_ZH}\${PRODUCT_ZH}.lnk"
  Delete "$SMPROGRAMS\${PRODUCT_ZH}\卸载${PRODUCT_ZH}.lnk"
  RMDir "$SMPROGRAMS\${PRODUCT_ZH}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uniondesk.exe"
  Delete "$INSTDIR\uniondesk-cli.exe"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  IfSilent +2
    MessageBox MB_ICONINFORMATION "$(DataKept)"
SectionEnd
