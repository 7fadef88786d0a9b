# Test support: start the loopback replay server, shape its faults, read what it saw.

function Start-ReplayServer {
    param(
        [Parameter(Mandatory)] [string] $ServerPath,
        [Parameter(Mandatory)] [string[]] $Root
    )

    $start = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    $start.ArgumentList.Add($ServerPath)
    foreach ($folder in $Root) { $start.ArgumentList.Add('--root'); $start.ArgumentList.Add($folder) }
    $start.RedirectStandardOutput = $true
    $start.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($start)
    $line = $process.StandardOutput.ReadLine()
    if (-not $line -or -not $line.StartsWith('http://127.0.0.1:')) {
        $process.Kill($true)
        throw "The replay server did not start; its first line was '$line'."
    }

    [pscustomobject]@{ Process = $process; BaseUri = [uri] $line.Trim() }
}

function Stop-ReplayServer {
    param([Parameter(Mandatory)] $Server)
    if (-not $Server.Process.HasExited) { $Server.Process.Kill($true) }
    $Server.Process.Dispose()
}

function Set-ReplayFault {
    param([Parameter(Mandatory)] $Server, [object[]] $Rule = @())
    $json = ConvertTo-Json -InputObject @($Rule) -Depth 5
    $null = Invoke-RestMethod -Method Post -Uri ([uri]::new($Server.BaseUri, '_replay/faults')) -Body $json -ContentType 'application/json'
}

function Clear-ReplayState {
    param([Parameter(Mandatory)] $Server)
    $null = Invoke-RestMethod -Method Delete -Uri ([uri]::new($Server.BaseUri, '_replay/faults'))
    $null = Invoke-RestMethod -Method Delete -Uri ([uri]::new($Server.BaseUri, '_replay/requests'))
}

function Get-ReplayRequest {
    param([Parameter(Mandatory)] $Server)
    # Invoke-RestMethod passes a JSON array on as one object; enumerate it so callers see one request each.
    $requests = Invoke-RestMethod -Method Get -Uri ([uri]::new($Server.BaseUri, '_replay/requests'))
    $requests | ForEach-Object { $_ }
}

Export-ModuleMember -Function Start-ReplayServer, Stop-ReplayServer, Set-ReplayFault, Clear-ReplayState, Get-ReplayRequest
