#requires -Version 7.4
<#
.SYNOPSIS
    Packs the staged module into the .nupkg that Publish-PSResource would push, then installs it as a user would.
.DESCRIPTION
    Everything runs in a fresh pwsh whose home and XDG data, configuration and cache folders are temporary, so
    neither PSResourceGet's repository list nor the user's modules are touched (on Windows, whose profile folders
    cannot be moved this way, the repository is registered for the run and removed again and nothing is
    installed). There it:
      1. checks the staged manifest: Test-ModuleManifest, and the Gallery fields (tags, project and licence
         links, release notes), and that the licence, the views and the help are staged;
      2. packs the folder with Compress-PSResource (Microsoft.PowerShell.PSResourceGet, shipped with
         PowerShell 7.4 and later): the nuspec and layout Publish-PSResource builds, without a repository;
      3. registers the destination folder as a PSResourceGet repository, finds the package there, saves it with
         Save-PSResource and, off Windows, installs it with Install-PSResource -Scope CurrentUser;
      4. checks the installed manifest with Test-ModuleManifest, imports the module by name and looks for its
         cmdlets, views and help.
    Returns what it found, with the package's path; throws when a step fails.
.EXAMPLE
    ./tools/New-RustboxdPackage.ps1 -ModulePath ./out/Rustboxd -Destination ./out/package
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $Destination,
    # Set by the outer run for the inner one; not for callers.
    [string] $WorkFolder
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$ModulePath = [IO.Path]::GetFullPath($ModulePath)
$Destination = [IO.Path]::GetFullPath($Destination)

if (-not $WorkFolder) {
    # The outer run: a temporary home, and this script again in a pwsh that lives there.
    $work = Join-Path ([IO.Path]::GetTempPath()) "rustboxd-package-$([guid]::NewGuid().ToString('N').Substring(0, 8))"
    New-Item -ItemType Directory -Path $work | Out-Null
    try {
        $start = [Diagnostics.ProcessStartInfo]::new([Environment]::ProcessPath)
        if ([IO.Path]::GetFileNameWithoutExtension([Environment]::ProcessPath) -eq 'dotnet') {
            $start.ArgumentList.Add((Join-Path $PSHOME 'pwsh.dll'))
        }
        foreach ($argument in '-NoProfile', '-NonInteractive', '-File', $PSCommandPath, '-ModulePath', $ModulePath,
            '-Destination', $Destination, '-WorkFolder', $work) { $start.ArgumentList.Add($argument) }
        # PSResourceGet installs under HOME/.local/share, PowerShell looks under XDG_DATA_HOME: keep them one place.
        if (-not $IsWindows) { $start.Environment['HOME'] = $work }
        # The folders must exist: .NET names no application-data folder at all when it is missing, and PSResourceGet
        # would then keep its repository list in the current directory.
        $folders = @(('XDG_DATA_HOME', '.local/share'), ('XDG_CONFIG_HOME', '.config'), ('XDG_CACHE_HOME', '.cache'))
        foreach ($pair in $folders) {
            $folder = New-Item -ItemType Directory -Force -Path (Join-Path $work $pair[1])
            $start.Environment[$pair[0]] = $folder.FullName
        }
        $start.Environment.Remove('PSModulePath') | Out-Null
        $start.RedirectStandardOutput = $true
        $start.UseShellExecute = $false
        $process = [Diagnostics.Process]::Start($start)
        $output = $process.StandardOutput.ReadToEnd()
        $process.WaitForExit()
        $result = $output -split "`n" | Where-Object { $_.StartsWith('RESULT ') } | Select-Object -Last 1
        if ($process.ExitCode -ne 0 -or -not $result) {
            Write-Host $output
            throw "Packing or installing $ModulePath failed (exit $($process.ExitCode)); see the lines above."
        }
        return $result.Substring(7) | ConvertFrom-Json
    }
    finally {
        Remove-Item $work -Recurse -Force -ErrorAction SilentlyContinue
    }
}

# 1. The staged module is complete and its manifest says what the Gallery shows.
$manifestPath = Join-Path $ModulePath 'Rustboxd.psd1'
$staged = Test-ModuleManifest $manifestPath
$psData = (Import-PowerShellDataFile $manifestPath).PrivateData.PSData
$missing = @('Tags', 'ProjectUri', 'LicenseUri', 'ReleaseNotes' | Where-Object { -not $psData[$_] })
if ($missing) { throw "Rustboxd.psd1 has no $($missing -join ', ') under PrivateData.PSData; the Gallery shows them." }
foreach ($file in 'LICENSE', 'Rustboxd.format.ps1xml', 'en-US/Rustboxd.dll-Help.xml', 'en-US/about_Rustboxd.help.txt') {
    if (-not (Test-Path (Join-Path $ModulePath $file))) { throw "The staged module has no $file; run build.ps1 first." }
}

# 2. The package.
New-Item -ItemType Directory -Force -Path $Destination | Out-Null
$package = Join-Path $Destination "Rustboxd.$($staged.Version).nupkg"
Remove-Item $package -ErrorAction SilentlyContinue
Import-Module Microsoft.PowerShell.PSResourceGet
Compress-PSResource -Path $ModulePath -DestinationPath $Destination

# 3. Installed from the folder, as the README tells users to.
$repository = "RustboxdLocal$([guid]::NewGuid().ToString('N').Substring(0, 8))"
$saved = Join-Path $WorkFolder 'saved'
New-Item -ItemType Directory -Force -Path $saved | Out-Null
Register-PSResourceRepository -Name $repository -Uri $Destination -Trusted
try {
    $found = Find-PSResource -Name Rustboxd -Repository $repository
    Save-PSResource -Name Rustboxd -Repository $repository -Path $saved -TrustRepository
    $manifestPath = Join-Path $saved "Rustboxd/$($found.Version)/Rustboxd.psd1"
    $installedTo = $null
    if (-not $IsWindows) {
        Install-PSResource -Name Rustboxd -Repository $repository -Scope CurrentUser -TrustRepository
        $installed = Get-InstalledPSResource -Name Rustboxd
        $installedTo = $installed.InstalledLocation
        $manifestPath = Join-Path $installedTo "Rustboxd/$($installed.Version)/Rustboxd.psd1"
    }

    # 4. It imports by name and brings its cmdlets, views and help.
    $manifest = Test-ModuleManifest $manifestPath
    if ($installedTo) { Import-Module Rustboxd } else { Import-Module $manifestPath }
    [ordered]@{
        Package          = $package
        Version          = "$($found.Version)"
        Tags             = @($found.Tags)
        ProjectUri       = "$($found.ProjectUri)"
        LicenseUri       = "$($found.LicenseUri)"
        ReleaseNotes     = "$($found.ReleaseNotes)"
        InstalledTo      = $installedTo
        ImportedFrom     = (Get-Module Rustboxd).ModuleBase
        ManifestVersion  = "$($manifest.Version)"
        Cmdlets          = @(Get-Command -Module Rustboxd -CommandType Cmdlet).Count
        CmdletsToExport  = @($manifest.ExportedCmdlets.Keys).Count
        FilmViews        = @((Get-FormatData -TypeName Rustboxd.Models.Film).FormatViewDefinition.Name)
        FilmHelpExamples = @((Get-Help Get-LetterboxdFilm).Examples.Example).Count
        AboutTopic       = [bool] (Get-Help about_Rustboxd -ErrorAction SilentlyContinue)
    } | ConvertTo-Json -Compress | ForEach-Object { "RESULT $_" }
}
finally {
    Unregister-PSResourceRepository -Name $repository
}
