; Windows installer for Circuit Ride (Inno Setup 6): a per-user install that needs no administrator
; rights, with a Start-menu entry. Built by .github/workflows/release.yml after PyInstaller made
; dist\circuitride\ from installers\circuitride.spec:
;   set CIRCUITRIDE_VERSION=0.1.0 && iscc installers\windows\circuitride.iss
; The workspace lives in the user's data folder (not in the program's folder), so installing a new
; version over an old one keeps it.

#define AppVersion GetEnv("CIRCUITRIDE_VERSION")
#if AppVersion == ""
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6B2D8C1E-4F0A-4C3B-9E5D-2A7F1C8B3D90}
AppName=Circuit Ride
AppVersion={#AppVersion}
AppVerName=Circuit Ride {#AppVersion}
AppPublisher=Circuit Ride
; Per user: {autopf} is %LOCALAPPDATA%\Programs under the lowest privileges, no UAC prompt.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Circuit Ride
DefaultGroupName=Circuit Ride
DisableProgramGroupPage=yes
MinVersion=10.0
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=circuitride-{#AppVersion}-windows-x86_64-setup
SetupIconFile=..\..\build\icon\circuitride.ico
UninstallDisplayIcon={app}\circuitride-gui.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "uk"; MessagesFile: "compiler:Languages\Ukrainian.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[InstallDelete]
; An upgrade replaces the program's own files only: modules an older version had must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\circuitride\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Circuit Ride"; Filename: "{app}\circuitride-gui.exe"
Name: "{group}\Uninstall Circuit Ride"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\circuitride-gui.exe"; Description: "{cm:LaunchProgram,Circuit Ride}"; Flags: nowait postinstall skipifsilent
