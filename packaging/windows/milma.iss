; Inno Setup script for MILMA Desktop on Windows: packs the folder PyInstaller builds
; (dist\milma-desktop\, see README "Building the application") into one installer,
; dist\milma-desktop-VERSION-setup.exe. Installs for the current user: no administrator needed.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\milma.iss
;
; The data folder (%LOCALAPPDATA%\MILMA\milma-desktop) is not touched by installing,
; updating or uninstalling: a technician's records survive all three.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Root "..\.."

[Setup]
AppId={{5B7C2E4A-6A1D-4C8E-9F3B-2D1E0A7C9B61}
AppName=MILMA Desktop
AppVersion={#AppVersion}
AppVerName=MILMA Desktop {#AppVersion}
AppPublisher=MILMA
DefaultDirName={localappdata}\Programs\MILMA Desktop
DefaultGroupName=MILMA Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir={#Root}\dist
OutputBaseFilename=milma-desktop-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\milma.ico
UninstallDisplayIcon={app}\milma-desktop.exe
LicenseFile={#Root}\packaging\windows\LICENCE.txt
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Root}\dist\milma-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\MILMA Desktop"; Filename: "{app}\milma-desktop.exe"
Name: "{autodesktop}\MILMA Desktop"; Filename: "{app}\milma-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\milma-desktop.exe"; Description: "{cm:LaunchProgram,MILMA Desktop}"; Flags: nowait postinstall skipifsilent
