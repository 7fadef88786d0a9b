# Runs the Pester suite against the staged module. build.ps1 starts it in a child pwsh, so the binary module is
# loaded fresh every run (a loaded assembly can never be unloaded from a PowerShell process).
param(
    [Parameter(Mandatory)] [string] $PesterManifest,
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $ServerPath,
    [Parameter(Mandatory)] [string] $CapturedPages,
    [Parameter(Mandatory)] [string] $SyntheticPages,
    [Parameter(Mandatory)] [string] $ResultsFolder,
    # Live checks against letterboxd.com run only when asked for: -Tag Live.
    [string[]] $Tag = @()
)

$ErrorActionPreference = 'Stop'
Import-Module $PesterManifest -Force

# No test may read or write the user's own rustboxd.toml: the default file lives in a folder of the results.
$env:XDG_CONFIG_HOME = Join-Path $ResultsFolder 'config-home'
$env:RUSTBOXD_CONFIG = $null

$data = @{
    ModulePath     = $ModulePath
    ServerPath     = $ServerPath
    CapturedPages  = $CapturedPages
    SyntheticPages = $SyntheticPages
}
$files = Get-ChildItem -Path $PSScriptRoot -Filter '*.Tests.ps1' -Recurse | ForEach-Object FullName

$configuration = New-PesterConfiguration
$configuration.Run.Container = New-PesterContainer -Path $files -Data $data
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
$configuration.Output.RenderMode = 'Plaintext'
$configuration.Filter.ExcludeTag = if ($Tag -contains 'Live') { @() } else { @('Live') }
if ($Tag) { $configuration.Filter.Tag = $Tag }
$configuration.TestResult.Enabled = $true
$configuration.TestResult.OutputFormat = 'JUnitXml'
$configuration.TestResult.OutputPath = Join-Path $ResultsFolder 'pester.junit.xml'

$result = Invoke-Pester -Configuration $configuration

# A failing BeforeAll fails its tests too; count block and container failures only when no test failed.
[ordered]@{
    passed  = $result.PassedCount
    failed  = if ($result.FailedCount -gt 0) { $result.FailedCount } else { $result.FailedBlocksCount + $result.FailedContainersCount }
    skipped = $result.SkippedCount + $result.NotRunCount + $result.InconclusiveCount
} | ConvertTo-Json | Set-Content -Path (Join-Path $ResultsFolder 'pester.summary.json')
