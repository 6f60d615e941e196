; 微法庭助手 installer for Windows (Inno Setup 6). `py dev.py bundle` builds the bundle in
; dist\microcourt, smoke-tests it, writes build\installer-defines.iss (the version from
; pyproject.toml, where the bundle is) and, when Inno Setup 6 is installed, compiles this
; script into dist\微法庭助手-<version>-安装程序.exe. By hand: ISCC.exe installer\microcourt.iss
;
; Decisions:
; - One fixed AppId: a newer installer finds the older installation and installs over it in
;   the same folder; the program upgrades the database on its first start (a copy of the
;   old one is kept beside it, microcourt.pre-upgrade-*.db).
; - The data (database, backups, documents, logs) lives in each user's
;   %LOCALAPPDATA%\microcourt, which this installer never writes and the uninstaller never
;   deletes: it is the village's record, and reinstalling must find it again.
; - The old _internal folder is removed before the new files go in, so no library of the
;   previous version (a Qt plugin of another Qt) is left to be loaded by the new one.
; - Program Files needs administrator rights; a running copy is closed first (Restart Manager).

#include "..\build\installer-defines.iss"

#define AppName "微法庭助手"
#define AppExe "microcourt.exe"

[Setup]
AppId={{6C1F3B0E-5E2A-4D7B-9A51-3F0C8E2D7A14}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DisableDirPage=auto
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-安装程序
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
UsedUserAreasWarning=no

[Languages]
; The wizard speaks Chinese where this Inno Setup ships the Simplified Chinese messages.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#else
Name: "en"; MessagesFile: "compiler:Default.isl"
#endif

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"

[Run]
Filename: "{app}\{#AppExe}"; Description: "启动{#AppName}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox('程序已卸载。各用户的数据（数据库、备份、生成的文书）仍保存在其' + #13#10 +
           '%LOCALAPPDATA%\microcourt 文件夹中，没有删除；重新安装后可继续使用。',
           mbInformation, MB_OK);
end;
