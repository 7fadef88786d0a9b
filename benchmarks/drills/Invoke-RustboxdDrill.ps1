# The drills that need PowerShell itself: Ctrl+C during a crawl, eight runspaces sharing one session, peak memory of
# a short and a long crawl, and start-up time. Each prints its figures and PASS or FAIL lines; the script exits 1 when a
# target is missed. build.ps1 -Task Drill, -Task Memory and -Task Startup run it with the staged module and server.
param(
    # Stop, Runspaces, Memory, Startup; several may come as one comma-separated argument.
    [Parameter(Mandatory)] [string[]] $Drill,
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $ServerPath,
    [Parameter(Mandatory)] [string[]] $Root
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
Import-Module (Join-Path $PSScriptRoot 'DrillSupport.psm1') -Force
$Manifest = Join-Path ([IO.Path]::GetFullPath($ModulePath)) 'Rustboxd.psd1'
# Roots may come as one comma-separated argument (pwsh -File passes no arrays).
$Root = @($Root | ForEach-Object { $_ -split ',' } | ForEach-Object { [IO.Path]::GetFullPath($_) })
$script:Failures = 0

function Assert-Target([bool] $Passed, [string] $Name, [string] $Figures) {
    if (-not (Write-Verdict $Passed $Name $Figures)) { $script:Failures++ }
}

function Invoke-StopDrill {
    # Stop() is what Ctrl+C does to a running pipeline: it must return within 500 ms, and no request may arrive after.
    param([int] $Trials = 5)
    Write-Host "`n== Ctrl+C drill: $Trials crawls of 30 pages (150 ms latency, 2 requests/s), each stopped mid-crawl"
    $server = Start-DrillServer -ServerPath $ServerPath -Root $Root -Paged '/sampleuser7/films/=30' -LatencyMs 150
    try {
        Import-Module $Manifest
        $stops = foreach ($trial in 1..$Trials) {
            $session = New-LetterboxdSession -BaseUri $server.BaseUri
            Clear-DrillRequest $server
            $runspace = New-ModuleRunspace $Manifest
            $pipeline = [powershell]::Create()
            $pipeline.Runspace = $runspace
            $null = $pipeline.AddCommand('Get-LetterboxdFilm').AddParameter('UserName', 'sampleuser7').
                AddParameter('Session', $session).AddParameter('NoCache')
            $output = [Management.Automation.PSDataCollection[psobject]]::new()
            $noInput = [Management.Automation.PSDataCollection[psobject]]::new()
            $noInput.Complete()
            $null = $pipeline.BeginInvoke($noInput, $output)

            # Stop at a different moment of the crawl each time: while waiting for the limiter, or for a response.
            Start-Sleep -Milliseconds (1200 + 370 * $trial)
            $stopAt = [datetime]::UtcNow
            $clock = [Diagnostics.Stopwatch]::StartNew()
            $pipeline.Stop()
            $stopMs = $clock.Elapsed.TotalMilliseconds
            $films = $output.Count
            if ($pipeline.Streams.Error.Count -gt 0) { throw "the crawl failed: $($pipeline.Streams.Error[0])" }
            $pipeline.Dispose()
            $runspace.Dispose()

            Start-Sleep -Seconds 2
            $requests = @(Get-DrillRequest $server)
            $after = @($requests | Where-Object { ([datetime] $_.time).ToUniversalTime() -gt $stopAt }).Count
            Write-Host ('trial {0}: stopped after {1} films and {2} requests in {3:0} ms; {4} requests after the stop' -f
                $trial, $films, ($requests.Count - $after), $stopMs, $after)
            [pscustomobject]@{ StopMs = $stopMs; After = $after }
        }

        $slowest = ($stops | Measure-Object StopMs -Maximum).Maximum
        $late = ($stops | Measure-Object After -Sum).Sum
        Assert-Target ($slowest -le 500) 'stops within 500 ms' ('slowest {0:0} ms, median {1:0} ms over {2} trials' -f
            $slowest, (Get-Median $stops.StopMs), $Trials)
        Assert-Target ($late -eq 0) 'no request after the stop' "$late requests in $Trials trials"
    }
    finally {
        Stop-DrillServer $server
    }
}

function Invoke-RunspacesDrill {
    # Eight collections read at once from eight runspaces through one session: the session's rate holds for all of
    # them together, and each runspace gets exactly what it gets alone.
    param([double] $Rate = 4, [int] $Burst = 5, [int] $Pages = 6)
    $collections = @(
        @{ Path = '/sampleuser7/films/'; Command = 'Get-LetterboxdFilm'; Parameters = @{ UserName = 'sampleuser7' } }
        @{ Path = '/sampleuser124/films/'; Command = 'Get-LetterboxdFilm'; Parameters = @{ UserName = 'sampleuser124' } }
        @{ Path = '/sampleuser2/films/'; Command = 'Get-LetterboxdFilm'; Parameters = @{ UserName = 'sampleuser2' } }
        @{ Path = '/sampleuser9/films/'; Command = 'Get-LetterboxdFilm'; Parameters = @{ UserName = 'sampleuser9' } }
        @{ Path = '/sampleuser7/likes/films/'; Command = 'Get-LetterboxdFilm'; Parameters = @{ UserName = 'sampleuser7'; Liked = $true } }
        @{ Path = '/sampleuser124/watchlist/'; Command = 'Get-LetterboxdWatchlist'; Parameters = @{ UserName = 'sampleuser124' } }
        @{ Path = '/sampleuser7/watchlist/'; Command = 'Get-LetterboxdWatchlist'; Parameters = @{ UserName = 'sampleuser7' } }
        @{ Path = '/sampleuser124/followers/'; Command = 'Get-LetterboxdMember'; Parameters = @{ UserName = 'sampleuser124'; Relationship = 'Followers' } }
    )
    $expectedRequests = $collections.Count * $Pages
    Write-Host "`n== runspaces drill: $($collections.Count) runspaces, one session at $Rate requests/s (burst $Burst), $Pages pages each"
    $server = Start-DrillServer -ServerPath $ServerPath -Root $Root -Paged ($collections | ForEach-Object { "$($_.Path)=$Pages" })
    try {
        Import-Module $Manifest
        $fast = New-LetterboxdSession -BaseUri $server.BaseUri -RequestsPerSecond 1000 -BurstSize 1000
        $alone = foreach ($collection in $collections) {
            $parameters = $collection.Parameters
            , @(& $collection.Command @parameters -Session $fast -NoCache | ForEach-Object { Get-ItemKey $_ })
        }

        Clear-DrillRequest $server
        $shared = New-LetterboxdSession -BaseUri $server.BaseUri -RequestsPerSecond $Rate -BurstSize $Burst
        $runs = foreach ($collection in $collections) {
            $runspace = New-ModuleRunspace $Manifest
            $pipeline = [powershell]::Create()
            $pipeline.Runspace = $runspace
            $null = $pipeline.AddCommand($collection.Command).AddParameters($collection.Parameters).
                AddParameter('Session', $shared).AddParameter('NoCache')
            [pscustomobject]@{ Pipeline = $pipeline; Runspace = $runspace; Handle = $pipeline.BeginInvoke() }
        }

        $together = foreach ($run in $runs) {
            , @($run.Pipeline.EndInvoke($run.Handle) | ForEach-Object { Get-ItemKey $_ })
            $run.Pipeline.Dispose()
            $run.Runspace.Dispose()
        }

        $requests = @(Get-DrillRequest $server)
        $arrivals = [datetime[]] @($requests | ForEach-Object { ([datetime] $_.time).ToUniversalTime() } | Sort-Object)
        $afterBurst = @($arrivals | Select-Object -Skip $Burst)
        $sustained = ($afterBurst.Count - 1) / ($afterBurst[-1] - $afterBurst[0]).TotalSeconds
        $most = Get-MostInOneSecond $arrivals
        $distinct = @($requests | ForEach-Object { $_.path } | Sort-Object -Unique).Count
        $same = 0
        for ($index = 0; $index -lt $collections.Count; $index++) {
            $identical = ($alone[$index] -join "`n") -ceq ($together[$index] -join "`n")
            if ($identical) { $same++ }
            Write-Host ('{0}: {1} items together, {2} alone{3}' -f $collections[$index].Path, $together[$index].Count,
                $alone[$index].Count, ($identical ? '' : ' - DIFFERENT'))
        }

        Write-Host ('{0} requests ({1} distinct paths) in {2:0.0} s; sustained {3:0.000}/s after the burst; at most {4} in one second' -f
            $requests.Count, $distinct, ($arrivals[-1] - $arrivals[0]).TotalSeconds, $sustained, $most)
        Assert-Target ($same -eq $collections.Count) 'nothing lost or duplicated' "$same of $($collections.Count) runspaces got exactly what they get alone"
        Assert-Target ($requests.Count -eq $expectedRequests -and $distinct -eq $expectedRequests) 'each page requested once' "$($requests.Count) requests for $expectedRequests pages"
        Assert-Target ($sustained -le $Rate * 1.03) 'global rate' ('{0:0.000}/s sustained for {1}/s configured (target at most 3 % over)' -f $sustained, $Rate)
        Assert-Target ($most -le $Rate + $Burst) 'largest 1 s window' "$most requests (target at most rate + burst = $($Rate + $Burst))"
    }
    finally {
        Stop-DrillServer $server
    }
}

function Get-ItemKey($Item) {
    # What identifies an item and its place: a film or watchlist entry by page and slug, a member row by name.
    if ($Item.PSObject.Properties['Slug']) { '{0}:{1}:{2}' -f $Item.Page, $Item.Slug, ($Item.PSObject.Properties['Rating']?.Value) }
    else { '{0}' -f $Item.UserName }
}

function Invoke-ChildPwsh([string] $Command) {
    # A fresh PowerShell process, the same one this script runs in (under the dotnet tool shim, 'dotnet pwsh.dll').
    $exe = [Environment]::ProcessPath
    $prefix = @(if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { Join-Path $PSHOME 'pwsh.dll' })
    $output = & $exe @prefix -NoProfile -NonInteractive -Command $Command 2>&1
    if ($LASTEXITCODE -ne 0) { throw "child pwsh failed (exit $LASTEXITCODE): $output" }
    @($output)[-1]
}

function Invoke-MemoryDrill {
    # Peak working set of a whole PowerShell process that imports the module and streams 10 or 100 pages of films
    # through the pipeline: streaming keeps it flat. Runs with the default cache and with -NoCache. Beside the peak, the
    # managed memory still held after a full collection at the end shows what the crawl keeps (nothing, when streaming).
    param([int] $Runs = 5)
    Write-Host "`n== memory drill: peak working set of a pwsh process crawling 10 and 100 pages (median of $Runs runs)"
    $server = Start-DrillServer -ServerPath $ServerPath -Root $Root -Paged '/sampleuser7/films/=100'
    try {
        $peaks = @{}
        foreach ($cache in 'NoCache', 'Cache') {
            foreach ($pages in 0, 10, 100) {
                $switch = $cache -eq 'NoCache' ? '-NoCache' : ''
                $crawl = $pages -eq 0 ? '$n = 0' :
                    "Get-LetterboxdFilm -UserName sampleuser7 -Session `$s -First $(72 * $pages) $switch | ForEach-Object { `$n++ }"
                $command = "`$ErrorActionPreference = 'Stop'; Import-Module '$Manifest'; " +
                    "`$s = New-LetterboxdSession -BaseUri '$($server.BaseUri)' -RequestsPerSecond 1000 -BurstSize 1000; " +
                    "`$n = 0; $crawl; '{0} {1} {2}' -f `$n, (Get-Process -Id `$PID).PeakWorkingSet64, [GC]::GetTotalMemory(`$true)"
                $samples = foreach ($run in 1..$Runs) {
                    $count, $peak, $held = (Invoke-ChildPwsh $command) -split ' '
                    if ([int] $count -ne 72 * $pages) { throw "the crawl of $pages pages returned $count films" }
                    [pscustomobject]@{ Peak = [double] $peak / 1MB; Held = [double] $held / 1MB }
                }

                $peaks["$cache $pages"] = Get-Median $samples.Peak
                Write-Host ('{0,-8} {1,3} pages: peak {2:0.0} MB (runs: {3}); managed memory held after a full GC {4:0.0} MB' -f
                    $cache, $pages, $peaks["$cache $pages"], (($samples.Peak | ForEach-Object { '{0:0.0}' -f $_ }) -join ', '),
                    (Get-Median $samples.Held))
            }
        }

        foreach ($cache in 'NoCache', 'Cache') {
            $ratio = $peaks["$cache 100"] / $peaks["$cache 10"]
            $growth = ($peaks["$cache 100"] - $peaks["$cache 10"]) / 90
            $name = $cache -eq 'NoCache' ? 'streaming (-NoCache)' : 'default session (cache on)'
            Assert-Target ($ratio -le 1.2) "$name 100 vs 10 pages" ('{0:0.00}x ({1:0.0} vs {2:0.0} MB, {3:0.00} MB per extra page; target at most 1.2x)' -f
                $ratio, $peaks["$cache 100"], $peaks["$cache 10"], $growth)
        }
    }
    finally {
        Stop-DrillServer $server
    }
}

function Invoke-StartupDrill {
    # Fresh processes, warm disk cache (one run discarded first): Import-Module, the first cmdlet (New-LetterboxdSession,
    # no request) and the first cmdlet that reads a page (Get-LetterboxdUser against the replay server).
    param([int] $Runs = 10)
    Write-Host "`n== start-up drill: median of $Runs fresh pwsh processes, after one warm-up run"
    $server = Start-DrillServer -ServerPath $ServerPath -Root $Root
    try {
        $command = "`$clock = [Diagnostics.Stopwatch]::StartNew(); Import-Module '$Manifest'; " +
            "`$import = `$clock.Elapsed.TotalMilliseconds; `$clock.Restart(); " +
            "`$s = New-LetterboxdSession -BaseUri '$($server.BaseUri)'; `$session = `$clock.Elapsed.TotalMilliseconds; " +
            "`$clock.Restart(); `$null = Get-LetterboxdUser sampleuser7 -Session `$s; `$user = `$clock.Elapsed.TotalMilliseconds; " +
            "'{0:0.0} {1:0.0} {2:0.0}' -f `$import, `$session, `$user"
        $null = Invoke-ChildPwsh $command
        $samples = foreach ($run in 1..$Runs) {
            $import, $session, $user = (Invoke-ChildPwsh $command) -split ' ' | ForEach-Object { [double] $_ }
            [pscustomobject]@{ Import = $import; Session = $session; User = $user }
        }

        $figures = @{ Import = Get-Median $samples.Import; Session = Get-Median $samples.Session; User = Get-Median $samples.User }
        Write-Host ('Import-Module: {0}' -f (($samples.Import | ForEach-Object { '{0:0}' -f $_ }) -join ', '))
        Write-Host ('New-LetterboxdSession: {0}' -f (($samples.Session | ForEach-Object { '{0:0}' -f $_ }) -join ', '))
        Write-Host ('Get-LetterboxdUser: {0}' -f (($samples.User | ForEach-Object { '{0:0}' -f $_ }) -join ', '))
        Assert-Target ($figures.Import -le 300) 'Import-Module' ('median {0:0} ms (target 300 ms)' -f $figures.Import)
        Assert-Target ($figures.Session -le 300) 'first cmdlet (New-LetterboxdSession)' ('median {0:0} ms (target 300 ms)' -f $figures.Session)
        Assert-Target ($figures.User -le 300) 'first cmdlet that reads a page (Get-LetterboxdUser)' ('median {0:0} ms (target 300 ms)' -f $figures.User)
    }
    finally {
        Stop-DrillServer $server
    }
}

Write-Host ('Rustboxd drills on {0} cores, PowerShell {1}, {2:yyyy-MM-dd HH:mm zzz}' -f [Environment]::ProcessorCount,
    $PSVersionTable.PSVersion, [datetimeoffset]::Now)
foreach ($name in @($Drill | ForEach-Object { $_ -split ',' })) {
    switch ($name) {
        'Stop' { Invoke-StopDrill }
        'Runspaces' { Invoke-RunspacesDrill }
        'Memory' { Invoke-MemoryDrill }
        'Startup' { Invoke-StartupDrill }
        default { throw "Unknown drill '$name'; expected Stop, Runspaces, Memory or Startup." }
    }
}

exit ($script:Failures -eq 0 ? 0 : 1)
