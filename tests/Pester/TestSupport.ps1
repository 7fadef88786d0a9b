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

# A captured export laid out as Letterboxd zips it, from the loose files of the shared corpus (never copied into the
# repository), as tests/Rustboxd.Tests/Export/ExportSamples.cs does: 2023 (diary, ratings, reviews, watched,
# watchlist, profile) or 2026 (diary, profile, one list, deleted/ and orphaned/ diaries). Returns the folder and the
# zip beside it, both named the way Letterboxd names the download.
function New-TestExport {
    param(
        [Parameter(Mandatory)] [string] $Destination,
        [ValidateSet(2023, 2026)] [int] $Year = 2023
    )
    $layouts = @{
        2023 = [ordered]@{
            'diary.csv' = 'diary-2023-09.csv'; 'ratings.csv' = 'ratings-2023-09.csv'
            'reviews.csv' = 'reviews-2023-09.csv'; 'watched.csv' = 'watched-2023-09.csv'
            'watchlist.csv' = 'watchlist-2023-09.csv'; 'profile.csv' = 'profile-2023-09.csv'
        }
        2026 = [ordered]@{
            'diary.csv' = 'diary-2026-07.csv'; 'profile.csv' = 'profile-2026-07.csv'
            'lists/2000s-ranked.csv' = 'list-2026-07.csv'; 'deleted/diary.csv' = 'deleted-diary-2026-07.csv'
            'orphaned/diary.csv' = 'orphaned-diary-2026-07.csv'
        }
    }
    $stamp = if ($Year -eq 2023) { '2023-09-30-10-00-utc' } else { '2026-07-06-09-30-utc' }
    $name = "letterboxd-sampleuser122-$stamp"
    $folder = Join-Path $Destination $name
    foreach ($entry in $layouts[$Year].GetEnumerator()) {
        $target = Join-Path $folder $entry.Key
        New-Item -ItemType Directory -Path (Split-Path $target) -Force | Out-Null
        Copy-Item (Join-Path $CapturedPages "export/$($entry.Value)") $target
    }
    $zip = "$folder.zip"
    Compress-Archive -Path (Join-Path $folder '*') -DestinationPath $zip
    [pscustomobject]@{ Folder = $folder; Zip = $zip }
}
