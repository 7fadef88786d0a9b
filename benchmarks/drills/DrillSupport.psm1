# Shared by the PowerShell drills: the replay server as a process, its request log, verdict lines, statistics.

function Start-DrillServer {
    # A replay server over the captured and synthetic pages; -Paged 'PATH=N' synthesises longer collections.
    param(
        [Parameter(Mandatory)] [string] $ServerPath,
        [Parameter(Mandatory)] [string[]] $Root,
        [string[]] $Paged = @(),
        [int] $LatencyMs = 0
    )

    $start = [Diagnostics.ProcessStartInfo]::new('dotnet')
    $start.ArgumentList.Add($ServerPath)
    foreach ($folder in $Root) { $start.ArgumentList.Add('--root'); $start.ArgumentList.Add($folder) }
    foreach ($collection in $Paged) { $start.ArgumentList.Add('--paged'); $start.ArgumentList.Add($collection) }
    if ($LatencyMs -gt 0) { $start.ArgumentList.Add('--latency-ms'); $start.ArgumentList.Add([string] $LatencyMs) }
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $start.UseShellExecute = $false
    $process = [Diagnostics.Process]::Start($start)
    $line = $process.StandardOutput.ReadLine()
    if (-not $line -or -not $line.StartsWith('http://127.0.0.1:')) {
        $process.Kill($true)
        throw "The replay server did not start: $($process.StandardError.ReadToEnd())"
    }

    [pscustomobject]@{ Process = $process; BaseUri = [uri] $line.Trim() }
}

function Stop-DrillServer([Parameter(Mandatory)] $Server) {
    if (-not $Server.Process.HasExited) { $Server.Process.Kill($true) }
    $Server.Process.Dispose()
}

function Get-DrillRequest([Parameter(Mandatory)] $Server) {
    # Arrival times come back as UTC; keep them as DateTime for arithmetic.
    $requests = Invoke-RestMethod -Uri ([uri]::new($Server.BaseUri, '_replay/requests'))
    @($requests | ForEach-Object { $_ })
}

function Clear-DrillRequest([Parameter(Mandatory)] $Server) {
    $null = Invoke-RestMethod -Method Delete -Uri ([uri]::new($Server.BaseUri, '_replay/requests'))
}

function Write-Verdict {
    # "PASS name: figures" or "FAIL name: figures"; the caller counts failures through the returned boolean.
    param([bool] $Passed, [string] $Name, [string] $Figures)
    Write-Host ('{0} {1}: {2}' -f ($Passed ? 'PASS' : 'FAIL'), $Name, $Figures)
    $Passed
}

function Get-Median([double[]] $Values) {
    $sorted = @($Values | Sort-Object)
    $middle = [math]::Floor($sorted.Count / 2)
    if ($sorted.Count % 2) { $sorted[$middle] } else { ($sorted[$middle - 1] + $sorted[$middle]) / 2 }
}

function Get-MostInOneSecond([datetime[]] $Arrivals) {
    # The most arrivals in any window [t, t + 1 s) that starts at an arrival.
    $sorted = @($Arrivals | Sort-Object)
    $most = 0
    $end = 0
    for ($start = 0; $start -lt $sorted.Count; $start++) {
        while ($end -lt $sorted.Count -and ($sorted[$end] - $sorted[$start]).TotalSeconds -lt 1) { $end++ }
        $most = [math]::Max($most, $end - $start)
    }
    $most
}

function New-ModuleRunspace([Parameter(Mandatory)] [string] $Manifest) {
    # A runspace of this process with the module imported, for work that runs beside the drill.
    $state = [initialsessionstate]::CreateDefault2()
    $state.ImportPSModule($Manifest)
    $runspace = [runspacefactory]::CreateRunspace($state)
    $runspace.Open()
    $runspace
}

Export-ModuleMember -Function Start-DrillServer, Stop-DrillServer, Get-DrillRequest, Clear-DrillRequest, Write-Verdict,
    Get-Median, Get-MostInOneSecond, New-ModuleRunspace
