# Dot-sourced by every test file's BeforeAll: the replay server over the captured and synthetic pages, the
# staged module, and a session pointed at the server that is fast enough for tests.

Import-Module (Join-Path $PSScriptRoot 'ReplayServer.psm1') -Force
# The staged module folder, or its manifest.
$script:ModuleManifest = if (Test-Path $ModulePath -PathType Container) { Join-Path $ModulePath 'Rustboxd.psd1' } else { $ModulePath }
Import-Module $script:ModuleManifest -Force

$script:Server = Start-ReplayServer -ServerPath $ServerPath -Root $CapturedPages, $SyntheticPages

function New-TestSession {
    param([hashtable] $Setting = @{})
    $defaults = @{ BaseUri = $script:Server.BaseUri; RequestsPerSecond = 100; BurstSize = 50 }
    foreach ($name in $Setting.Keys) { $defaults[$name] = $Setting[$name] }
    New-LetterboxdSession @defaults
}

# The paths the server saw since the last Clear-ReplayState, in arrival order.
function Get-RequestedPath {
    @(Get-ReplayRequest $script:Server | ForEach-Object { $_.path + $_.query })
}

# How long after the first path's request the server saw the second's, in milliseconds, by the server's clock.
# With the first answered only after a latency fault, less than that latency means both were in flight at once.
function Get-RequestGap {
    param([Parameter(Mandatory)] [string] $First, [Parameter(Mandatory)] [string] $Second)
    $requests = @(Get-ReplayRequest $script:Server)
    $firstSeen = @($requests | Where-Object path -eq $First)[0].time
    $secondSeen = @($requests | Where-Object path -eq $Second)[0].time
    ([datetime] $secondSeen - [datetime] $firstSeen).TotalMilliseconds
}
