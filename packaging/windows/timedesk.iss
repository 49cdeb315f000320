; Inno Setup 6 script: installs the PyInstaller one-folder build (dist\timedesk) of timedesk.
;
; Build (on Windows, from the repository root, after `sh packaging/build.sh` or
; `.venv\Scripts\pyinstaller --noconfirm timedesk.spec`):
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\timedesk.iss
; Output: dist\timedesk-0.1.0-setup.exe
;
; Silent install for IT (no questions, machine-wide, optional settings file):
;     timedesk-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS ^
;         /CONFIG=\\server\share\timedesk.toml [/TASKS="desktopicon,displayicon"]
; /CONFIG=<file> copies that file to %PROGRAMDATA%\timedesk\timedesk.toml (the machine-wide
; settings every user of the PC reads before their own). Uninstall: unins000.exe /VERYSILENT.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "timedesk"
#define SourceDir "..\..\dist\timedesk"

[Setup]
; Never change AppId: upgrades find the previous installation by it.
AppId={{6F0C5B1E-2D7A-4C43-9E1B-7A1D3C5E8B21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=timedesk team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\timedesk.exe
CloseApplications=yes
RestartApplications=no
MinVersion=10.0

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[CustomMessages]
en.DisplayName=timedesk lobby display
es.DisplayName=timedesk pantalla de turnos
en.DisplayTask=Desktop icon for the lobby display (the PC of the waiting-room TV)
es.DisplayTask=Icono de escritorio para la pantalla de turnos (el PC de la TV de la sala de espera)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "displayicon"; Description: "{cm:DisplayTask}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; A one-folder build replaces the whole folder: stale libraries from an older version must go.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; timedesk.exe is the windowed build (no console); timedesk-cli.exe the console twin for scripts.
Name: "{group}\{#AppName}"; Filename: "{app}\timedesk.exe"; WorkingDir: "{app}"
Name: "{group}\{cm:DisplayName}"; Filename: "{app}\timedesk.exe"; Parameters: "display"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\timedesk.exe"; Tasks: desktopicon
Name: "{autodesktop}\{cm:DisplayName}"; Filename: "{app}\timedesk.exe"; Parameters: "display"; Tasks: displayicon

[Run]
Filename: "{app}\timedesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ /CONFIG=<path>: copy a prepared timedesk.toml to %PROGRAMDATA%\timedesk\timedesk.toml. }
procedure CurStepChanged(CurStep: TSetupStep);
var
  Source, TargetDir: String;
begin
  if CurStep = ssPostInstall then
  begin
    Source := ExpandConstant('{param:CONFIG|}');
    if Source <> '' then
    begin
      TargetDir := ExpandConstant('{commonappdata}\timedesk');
      ForceDirectories(TargetDir);
      if not FileCopy(Source, TargetDir + '\timedesk.toml', False) then
        Log('timedesk: could not copy ' + Source + ' to ' + TargetDir + '\timedesk.toml');
    end;
  end;
end;
