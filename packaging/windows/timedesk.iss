; Inno Setup 6 script: installs the PyInstaller one-folder build (dist\timedesk) of timedesk.
;
; Build (on Windows, from the repository root, after `sh packaging/build.sh` or
; `.venv\Scripts\pyinstaller --noconfirm timedesk.spec`):
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\timedesk.iss
; Output: dist\timedesk-0.1.0-setup.exe
;
; Silent install for IT (no questions, machine-wide), with the machine-wide settings either from a
; prepared file or from parameters (not both: setup stops and says so):
;     timedesk-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS ^
;         /CONFIG=\\server\share\timedesk.toml [/TASKS="desktopicon,displayicon"]
;     timedesk-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS ^
;         /DATABASEURL=postgresql+psycopg2://timedesk@db.office.lan/timedesk /UILANGUAGE=es
; Either writes %PROGRAMDATA%\timedesk\timedesk.toml (the machine-wide settings every user of the
; PC reads before their own; a file already there is kept as timedesk.toml.bak). With neither,
; the file already there is left as it is. The parameters are the AddSetting calls below, each
; naming its setting (tests/packaging/test_inno_script.py checks them against the settings that
; exist). Uninstall: unins000.exe /VERYSILENT (the machine-wide file stays).

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
{ The machine-wide settings file: /CONFIG=<file> copies a prepared timedesk.toml; the parameters
  below write one. Passwords never go here (the OS keyring or TIMEDESK_SECRET_<NAME>). }
var
  SettingLines: TArrayOfString;
  SettingErrors: String;

function TomlString(Value: String): String;
begin
  StringChangeEx(Value, '\', '\\', True);
  StringChangeEx(Value, '"', '\"', True);
  Result := '"' + Value + '"';
end;

{ /<Param>=<value> on the command line becomes `<Key> = <value>` (a dotted TOML key); Kind is
  'str', 'int' or 'bool' like the setting's type in timedesk/settings.py. }
procedure AddSetting(Param, Key, Kind: String);
var
  Value, Lower: String;
  N: Integer;
begin
  Value := Trim(ExpandConstant('{param:' + Param + '|}'));
  if Value = '' then
    Exit;
  if Kind = 'int' then
  begin
    if IntToStr(StrToIntDef(Value, -1)) <> Value then
    begin
      SettingErrors := SettingErrors + '/' + Param + ' must be a whole number (got ' + Value + '). ';
      Exit;
    end;
  end
  else if Kind = 'bool' then
  begin
    Lower := Lowercase(Value);
    if (Lower = 'true') or (Lower = 'yes') or (Lower = '1') then
      Value := 'true'
    else if (Lower = 'false') or (Lower = 'no') or (Lower = '0') then
      Value := 'false'
    else
    begin
      SettingErrors := SettingErrors + '/' + Param + ' must be true or false (got ' + Value + '). ';
      Exit;
    end;
  end
  else
    Value := TomlString(Value);
  N := GetArrayLength(SettingLines);
  SetArrayLength(SettingLines, N + 1);
  SettingLines[N] := Key + ' = ' + Value;
end;

procedure ReadSettingParameters;
begin
  SetArrayLength(SettingLines, 1);
  SettingLines[0] := '# Written by the timedesk installer from its command line.';
  SettingErrors := '';
  AddSetting('DATABASEURL', 'database.url', 'str');
  AddSetting('LISTENERENABLED', 'listener.enabled', 'bool');
  AddSetting('LISTENERHOST', 'listener.host', 'str');
  AddSetting('LISTENERPORT', 'listener.port', 'int');
  AddSetting('PUBLICURL', 'listener.public_url', 'str');
  AddSetting('UILANGUAGE', 'ui.language', 'str');
  AddSetting('UITHEME', 'ui.theme', 'str');
  AddSetting('TIMEZONE', 'office.timezone', 'str');
  AddSetting('SMTPHOST', 'smtp.host', 'str');
  AddSetting('SMTPPORT', 'smtp.port', 'int');
  AddSetting('SMTPFROM', 'smtp.from_address', 'str');
  AddSetting('MAILENABLED', 'mail.enabled', 'bool');
end;

function InitializeSetup(): Boolean;
begin
  Result := True;
  ReadSettingParameters;
  if (ExpandConstant('{param:CONFIG|}') <> '') and (GetArrayLength(SettingLines) > 1) then
    SettingErrors := SettingErrors + 'Give either /CONFIG=<file> or the setting parameters, not both. ';
  if (ExpandConstant('{param:CONFIG|}') <> '') and not FileExists(ExpandConstant('{param:CONFIG|}')) then
    SettingErrors := SettingErrors + 'The /CONFIG file ' + ExpandConstant('{param:CONFIG|}') + ' does not exist. ';
  if SettingErrors <> '' then
  begin
    Log('timedesk: ' + SettingErrors);
    SuppressibleMsgBox('timedesk setup stopped: ' + SettingErrors + 'Nothing was installed.',
                       mbCriticalError, MB_OK, IDOK);
    Result := False;
  end;
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Source, TargetDir, Target: String;
begin
  if CurStep = ssPostInstall then
  begin
    Source := ExpandConstant('{param:CONFIG|}');
    TargetDir := ExpandConstant('{commonappdata}\timedesk');
    Target := TargetDir + '\timedesk.toml';
    if (Source = '') and (GetArrayLength(SettingLines) <= 1) then
      Exit;
    ForceDirectories(TargetDir);
    if FileExists(Target) then
      FileCopy(Target, Target + '.bak', False);
    if Source <> '' then
    begin
      if not FileCopy(Source, Target, False) then
        Log('timedesk: could not copy ' + Source + ' to ' + Target);
    end
    else if not SaveStringsToUTF8FileWithoutBOM(Target, SettingLines, False) then
      Log('timedesk: could not write ' + Target);
  end;
end;
