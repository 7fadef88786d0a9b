<#
.SYNOPSIS
    Builds, stages, tests and demonstrates the Rustboxd module.
.DESCRIPTION
    Tasks:
      Build     restore, compile and stage the module in out/Rustboxd (the default task)
      Test      build everything, run xUnit and Pester, print 'Total: N passed, N failed, N skipped'
      UnitTest  only the xUnit suites
      Pester    only the Pester suite (against the staged module and the replay server)
      Demo      start the replay server over the captured pages and run the main job against it
      Serve     start the replay server in the foreground; its base URI is the first line printed
      Package   build, then pack out/Rustboxd into out/package/Rustboxd.<version>.nupkg (what Publish-PSResource
                would push) and install it from that folder in a throw-away PowerShell home to prove it imports
      Clean     remove out/ and every bin/ and obj/
    Measurements (docs/performance.md, docs/reliability.md; they report, they do not gate the test run):
      Benchmark   BenchmarkDotNet parse benchmarks per page kind and era (-BenchmarkFilter), tables in out/benchmarks
      Throughput  crawl throughput against the replay server at 150 ms latency, rates 2 and 20/s, ThrottleLimit 1, 3, 8
      Limiter     limiter fidelity: 100 requests at 2/s, burst 5
      Memory      peak working set of a pwsh process crawling 10 and 100 pages
      Startup     Import-Module and first-cmdlet time, median of 10 fresh processes
      Drill       reliability drills (-Drill Faults, Challenge, Stop, Runspaces, Fuzz; all by default), PASS/FAIL each
.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1 -Task Demo
.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1 -Task Test
.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Serve -FixtureRoot ../shared/fixtures/letterboxd,tests/fixtures/synthetic
.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Drill -Drill Fuzz -Iterations 10000
#>
#requires -Version 7.4
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'UnitTest', 'Pester', 'Demo', 'Serve', 'Package', 'Clean',
        'Benchmark', 'Throughput', 'Limiter', 'Memory', 'Startup', 'Drill')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # Fixture roots for Serve and Demo, each holding a routes.tsv; later roots override earlier ones.
    [string[]] $FixtureRoot,

    # Port for Serve (0 picks a free one).
    [int] $Port = 0,

    # Latency injected into every reply by Serve, in milliseconds.
    [int] $LatencyMs = 0,

    # Serve: routed collection pages served as N pages each, e.g. /sampleuser7/films/=30.
    [string[]] $Paged = @(),

    # Drill: which drills to run: Faults, Challenge, Stop, Runspaces, Fuzz (a comma-separated list from bash).
    [string[]] $Drill = @('Faults', 'Challenge', 'Stop', 'Runspaces', 'Fuzz'),

    # Drill -Drill Fuzz: mutated pages per parser.
    [int] $Iterations = 10000,

    # Benchmark: BenchmarkDotNet's --filter, e.g. '*' or '*films-grid*'.
    [string] $BenchmarkFilter = '*'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$PSNativeCommandUseErrorActionPreference = $true
if ([Console]::IsOutputRedirected -or $env:NO_COLOR) { $PSStyle.OutputRendering = 'PlainText' }

$Root = $PSScriptRoot
$Out = Join-Path $Root 'out'
$ModuleOut = Join-Path $Out 'Rustboxd'
$ServerOut = Join-Path $Out 'ReplayServer'
$PackageOut = Join-Path $Out 'package'
$Results = Join-Path $Out 'TestResults'
$Solution = Join-Path $Root 'Rustboxd.sln'
$ModuleProject = Join-Path $Root 'src/Rustboxd/Rustboxd.csproj'
$ServerProject = Join-Path $Root 'tools/Rustboxd.ReplayServer/Rustboxd.ReplayServer.csproj'
$PesterProject = Join-Path $Root 'tests/Pester/Pester.proj'
$TestProjects = @(
    Join-Path $Root 'tests/Rustboxd.Tests/Rustboxd.Tests.csproj'
    Join-Path $Root 'tests/ReplayServer.Tests/ReplayServer.Tests.csproj'
)
$Shared = if ($env:RUSTBOXD_SHARED) { $env:RUSTBOXD_SHARED } else { Join-Path $Root '../shared' }
$CapturedPages = [IO.Path]::GetFullPath((Join-Path $Shared 'fixtures/letterboxd'))
$SyntheticPages = Join-Path $Root 'tests/fixtures/synthetic'

function Write-Step([string] $Message) { Write-Host "==> $Message" }

function Assert-CapturedPages {
    if (-not (Test-Path (Join-Path $CapturedPages 'routes.tsv'))) {
        throw "The captured Letterboxd pages are missing: expected $CapturedPages/routes.tsv. Put the shared folder " +
            'beside the repository (../shared) or set RUSTBOXD_SHARED to it.'
    }
}

function Invoke-Quietly([scriptblock] $Command) {
    # Build output only matters when the build fails; Serve must print its base URI first.
    $output = & $Command 2>&1
    if ($LASTEXITCODE -ne 0) { $output | Out-Host; throw "build step failed (exit $LASTEXITCODE)" }
}

function Invoke-ModuleBuild([switch] $WithTests, [switch] $Quiet) {
    $publish = Join-Path $Out 'publish'
    $steps = @(
        if ($WithTests) {
            { dotnet restore $Solution --nologo -v:q }
            { dotnet restore $PesterProject --nologo -v:q }
            { dotnet build $Solution -c $Configuration --no-restore --nologo -v:q -clp:NoSummary }
            { dotnet publish $ModuleProject -c $Configuration --no-build --nologo -v:q -o $publish }
        } else {
            { dotnet publish $ModuleProject -c $Configuration --nologo -v:q -o $publish }
        }
    )
    if (-not $Quiet) { Write-Step "build ($Configuration)" }
    foreach ($step in $steps) { if ($Quiet) { Invoke-Quietly $step } else { & $step } }
    Save-Module $publish
}

function Save-Module([string] $Publish) {
    # Rustboxd.dll and Rustboxd.Core.dll at the root, every third-party assembly under dependencies/, where only
    # the module's private load context looks (src/Rustboxd/ModuleInitializer.cs).
    if (Test-Path $ModuleOut) { Remove-Item $ModuleOut -Recurse -Force }
    $dependencies = Join-Path $ModuleOut 'dependencies'
    New-Item -ItemType Directory -Path $dependencies -Force | Out-Null
    $own = 'Rustboxd.dll', 'Rustboxd.pdb', 'Rustboxd.Core.dll', 'Rustboxd.Core.pdb'
    $own | ForEach-Object { Copy-Item (Join-Path $Publish $_) $ModuleOut }
    Get-ChildItem $Publish -Filter '*.dll' | Where-Object Name -NotIn $own | Copy-Item -Destination $dependencies
    Save-NativeLibrary $Publish $dependencies
    Copy-Item (Join-Path $Root 'LICENSE') $ModuleOut
    Save-Format
    Copy-Item (Join-Path $Root 'Rustboxd.psd1') $ModuleOut
    Assert-Version (Test-ModuleManifest (Join-Path $ModuleOut 'Rustboxd.psd1'))
    Save-Help
}

function Save-NativeLibrary([string] $Publish, [string] $Dependencies) {
    # SQLite's native library (the on-disk page cache) for the platforms the module supports, under
    # dependencies/runtimes/<rid>/native, where the module's private load context loads it from.
    foreach ($rid in 'linux-x64', 'linux-arm64', 'osx-x64', 'osx-arm64', 'win-x64', 'win-arm64') {
        $native = Join-Path $Publish "runtimes/$rid/native"
        if (-not (Test-Path $native)) { throw "The publish output has no native libraries for $rid ($native)." }
        $target = Join-Path $Dependencies "runtimes/$rid/native"
        New-Item -ItemType Directory -Path $target -Force | Out-Null
        Copy-Item (Join-Path $native '*') $target
    }
}

function Save-Format {
    # Rustboxd.format.ps1xml from the view table; in a child pwsh, since importing the module cannot be undone.
    $PSNativeCommandUseErrorActionPreference = $false
    $generator = Join-Path $Root 'tools/New-RustboxdFormat.ps1'
    $views = Join-Path $Root 'src/Rustboxd/Formats/Views.psd1'
    Invoke-ChildPwsh $generator @{ ModulePath = $ModuleOut; ViewSource = $views } | Out-Host
    if ($LASTEXITCODE -ne 0) { throw "The views could not be built (exit $LASTEXITCODE); see the lines above." }
}

function Save-Help {
    # MAML and about_ topics from docs/help; in a child pwsh, since importing the module cannot be undone.
    $PSNativeCommandUseErrorActionPreference = $false
    $generator = Join-Path $Root 'tools/New-RustboxdHelp.ps1'
    Invoke-ChildPwsh $generator @{ ModulePath = $ModuleOut; HelpSource = Join-Path $Root 'docs/help' } | Out-Host
    if ($LASTEXITCODE -ne 0) { throw "The help could not be built (exit $LASTEXITCODE); see the lines above." }
}

function Assert-Version($Manifest) {
    $props = [xml](Get-Content (Join-Path $Root 'Directory.Build.props') -Raw)
    $version = @($props.Project.PropertyGroup | ForEach-Object { $_.Version } | Where-Object { $_ })[0]
    if ($Manifest.Version.ToString(3) -ne $version) {
        throw "Rustboxd.psd1 says $($Manifest.Version) but Directory.Build.props says $version; keep them equal."
    }
}

function Invoke-Package {
    Invoke-ModuleBuild
    Write-Step 'package (Compress-PSResource, then Install-PSResource from the package folder)'
    $result = & (Join-Path $Root 'tools/New-RustboxdPackage.ps1') -ModulePath $ModuleOut -Destination $PackageOut
    Write-Host "Installed $($result.Version) from $PackageOut and imported it: $($result.Cmdlets) cmdlets, views and help."
    Write-Host "Package: $($result.Package)"
}

function Invoke-ServerBuild([switch] $Quiet) {
    $command = { dotnet publish $ServerProject -c $Configuration --nologo -v:q -o $ServerOut }
    if ($Quiet) { Invoke-Quietly $command } else { Write-Step 'build replay server'; & $command }
}

function Get-FixtureRoots {
    if ($FixtureRoot) { return $FixtureRoot | ForEach-Object { [IO.Path]::GetFullPath($_, $Root) } }
    Assert-CapturedPages
    $CapturedPages, $SyntheticPages
}

function Get-ServerArguments([string[]] $Roots) {
    $arguments = @((Join-Path $ServerOut 'Rustboxd.ReplayServer.dll'), '--port', $Port)
    foreach ($folder in $Roots) { $arguments += '--root', $folder }
    if ($LatencyMs -gt 0) { $arguments += '--latency-ms', $LatencyMs }
    foreach ($collection in $Paged) { $arguments += '--paged', $collection }
    # The server ends with this PowerShell, however it is stopped.
    $arguments += '--parent-pid', $PID
    $arguments
}

function Start-ReplayServer([string[]] $Roots) {
    # A background process whose first output line is its base URI.
    $start = [Diagnostics.ProcessStartInfo]::new('dotnet')
    (Get-ServerArguments $Roots) | ForEach-Object { $start.ArgumentList.Add([string] $_) }
    $start.RedirectStandardOutput = $true
    $start.UseShellExecute = $false
    $process = [Diagnostics.Process]::Start($start)
    $line = $process.StandardOutput.ReadLine()
    if (-not $line -or -not $line.StartsWith('http://127.0.0.1:')) {
        $process.Kill($true)
        throw "The replay server did not start (first line: '$line')."
    }
    [pscustomobject]@{ Process = $process; BaseUri = $line.Trim() }
}

function Get-ChildPwsh {
    # Under the dotnet tool shim this PowerShell is 'dotnet pwsh.dll'; start the same one.
    $exe = [Environment]::ProcessPath
    if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { , @($exe, (Join-Path $PSHOME 'pwsh.dll')) }
    else { , @($exe) }
}

function Invoke-ChildPwsh([string] $Script, [hashtable] $Parameters) {
    $pwsh = Get-ChildPwsh
    $arguments = @($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File', $Script)
    foreach ($name in $Parameters.Keys) { $arguments += "-$name", $Parameters[$name] }
    & $pwsh[0] @arguments
}

function Invoke-UnitTest {
    Write-Step 'xUnit (dotnet test)'
    $PSNativeCommandUseErrorActionPreference = $false
    $trxFolder = Join-Path $Results 'xunit'
    if (Test-Path $trxFolder) { Remove-Item $trxFolder -Recurse -Force }
    # One run per test project, each naming its own TRX file, so two runs finishing in the same second
    # cannot overwrite each other's results.
    $code = 0
    foreach ($project in $TestProjects) {
        $name = [IO.Path]::GetFileNameWithoutExtension($project)
        dotnet test $project -c $Configuration --no-build --nologo --results-directory $trxFolder `
            --logger "trx;LogFileName=$name.trx" 2>&1 | Out-Host
        if ($LASTEXITCODE -ne 0) { $code = $LASTEXITCODE }
    }
    $files = @(Get-ChildItem $trxFolder -Filter '*.trx' -ErrorAction SilentlyContinue)
    if ($files.Count -ne $TestProjects.Count) {
        throw "dotnet test produced $($files.Count) TRX files for $($TestProjects.Count) test projects (exit $code)"
    }
    $passed = $failed = $skipped = 0
    foreach ($file in $files) {
        $counters = ([xml](Get-Content $file.FullName -Raw)).TestRun.ResultSummary.Counters
        $passed += [int] $counters.passed
        $failed += [int] $counters.failed + [int] $counters.error + [int] $counters.timeout + [int] $counters.aborted
        $skipped += [int] $counters.notExecuted
    }
    if ($code -ne 0 -and $failed -eq 0) { $failed = 1 }
    [pscustomobject]@{ Name = 'xUnit'; Passed = $passed; Failed = $failed; Skipped = $skipped }
}

function Get-PesterManifest {
    $assets = Get-Content (Join-Path $Root 'tests/Pester/obj/project.assets.json') -Raw | ConvertFrom-Json
    $packages = @($assets.packageFolders.PSObject.Properties.Name)[0]
    $download = @($assets.project.frameworks.PSObject.Properties.Value.downloadDependencies) |
        Where-Object name -EQ 'Pester'
    $version = $download.version -replace '[\[\]\s]', '' -replace ',.*$', ''
    $manifest = Join-Path $packages "pester/$version/tools/Pester.psd1"
    if (-not (Test-Path $manifest)) { throw "Pester $version was not restored to $manifest" }
    $manifest
}

function Invoke-PesterSuite {
    Write-Step 'Pester (child pwsh, staged module, replay server)'
    $PSNativeCommandUseErrorActionPreference = $false
    New-Item -ItemType Directory -Force -Path $Results | Out-Null
    $summary = Join-Path $Results 'pester.summary.json'
    Remove-Item $summary -ErrorAction SilentlyContinue
    Invoke-ChildPwsh (Join-Path $Root 'tests/Pester/Invoke-RustboxdPester.ps1') @{
        PesterManifest = Get-PesterManifest
        ModulePath     = $ModuleOut
        ServerPath     = Join-Path $ServerOut 'Rustboxd.ReplayServer.dll'
        CapturedPages  = $CapturedPages
        SyntheticPages = $SyntheticPages
        ResultsFolder  = $Results
    } 2>&1 | Out-Host
    if (-not (Test-Path $summary)) { throw "The Pester run wrote no summary (exit $LASTEXITCODE)" }
    $counts = Get-Content $summary -Raw | ConvertFrom-Json
    [pscustomobject]@{ Name = 'Pester'; Passed = $counts.passed; Failed = $counts.failed; Skipped = $counts.skipped }
}

function Write-Summary([object[]] $Parts) {
    foreach ($part in $Parts) {
        Write-Host ('{0}: {1} passed, {2} failed, {3} skipped' -f $part.Name, $part.Passed, $part.Failed, $part.Skipped)
    }
    $passed = ($Parts | Measure-Object Passed -Sum).Sum
    $failed = ($Parts | Measure-Object Failed -Sum).Sum
    $skipped = ($Parts | Measure-Object Skipped -Sum).Sum
    Write-Host ('Total: {0} passed, {1} failed, {2} skipped' -f $passed, $failed, $skipped)
    if ($failed -gt 0 -or $passed -eq 0) { exit 1 }
}

function Invoke-Demo {
    $roots = @(Get-FixtureRoots)
    Invoke-ModuleBuild
    Invoke-ServerBuild
    $server = Start-ReplayServer $roots
    try {
        Invoke-ChildPwsh (Join-Path $Root 'tools/Demo.ps1') @{
            ModulePath   = $ModuleOut
            BaseUri      = $server.BaseUri
            OutputFolder  = Join-Path $Out 'demo'
            CapturedPages = $CapturedPages
        }
        if ($LASTEXITCODE -ne 0) { throw "The demo failed (exit $LASTEXITCODE)." }
    }
    finally {
        $server.Process.Kill($true)
    }
}

function Invoke-Harness([string] $Command, [string[]] $Arguments = @()) {
    # The harness (benchmarks/Rustboxd.Harness): in-process replay server, engine-level runs. True when it passed.
    $PSNativeCommandUseErrorActionPreference = $false
    $project = Join-Path $Root 'benchmarks/Rustboxd.Harness/Rustboxd.Harness.csproj'
    $harness = Join-Path $Root 'benchmarks/Rustboxd.Harness/bin/Release/net10.0/Rustboxd.Harness.dll'
    Invoke-Quietly { dotnet build $project -c Release --nologo -v q }
    dotnet $harness $Command @Arguments | Out-Host
    $LASTEXITCODE -eq 0
}

function Invoke-PowerShellDrill([string[]] $Names) {
    # The drills that need the staged module in real PowerShell processes (benchmarks/drills). True when they passed.
    $PSNativeCommandUseErrorActionPreference = $false
    Invoke-ChildPwsh (Join-Path $Root 'benchmarks/drills/Invoke-RustboxdDrill.ps1') @{
        Drill      = $Names -join ','
        ModulePath = $ModuleOut
        ServerPath = Join-Path $ServerOut 'Rustboxd.ReplayServer.dll'
        Root       = "$CapturedPages,$SyntheticPages"
    } | Out-Host
    $LASTEXITCODE -eq 0
}

function Invoke-Measurement([scriptblock[]] $Runs) {
    # Runs every measurement even when one misses its target, then fails the task if any did.
    Assert-CapturedPages
    Write-Host "machine: $([Environment]::ProcessorCount) cores; $(uname -a); dotnet $(dotnet --version); load $((Get-Content /proc/loadavg -ErrorAction SilentlyContinue) -split ' ' | Select-Object -First 3)"
    $passed = @($Runs | ForEach-Object { & $_ })
    if ($passed -contains $false) { Write-Host 'Some targets were missed (FAIL lines above).'; exit 1 }
}

$clock = [Diagnostics.Stopwatch]::StartNew()
switch ($Task) {
    'Clean' {
        $folders = @($Out) + @(Get-ChildItem $Root -Directory -Recurse -Include bin, obj | ForEach-Object FullName)
        foreach ($folder in $folders) { if (Test-Path $folder) { Remove-Item $folder -Recurse -Force } }
    }
    'Build' {
        Invoke-ModuleBuild
        Write-Host "Module staged at $ModuleOut ($([int] $clock.Elapsed.TotalSeconds) s)"
    }
    'Serve' {
        $roots = @(Get-FixtureRoots)
        Invoke-ServerBuild -Quiet
        $arguments = Get-ServerArguments $roots
        & dotnet @arguments
    }
    'Demo' { Invoke-Demo }
    'Package' { Invoke-Package }
    'Benchmark' {
        Assert-CapturedPages
        $project = Join-Path $Root 'benchmarks/Rustboxd.Benchmarks/Rustboxd.Benchmarks.csproj'
        # Quoted: PowerShell on Unix would expand a bare * into file names.
        dotnet run --project $project -c Release -- --filter "$BenchmarkFilter"
        Write-Host "Tables: $(Join-Path $Out 'benchmarks/results')"
    }
    'Throughput' { Invoke-Measurement { Invoke-Harness throughput } }
    'Limiter' { Invoke-Measurement { Invoke-Harness limiter } }
    'Memory' {
        Invoke-ModuleBuild -Quiet
        Invoke-ServerBuild -Quiet
        Invoke-Measurement { Invoke-PowerShellDrill Memory }
    }
    'Startup' {
        Invoke-ModuleBuild -Quiet
        Invoke-ServerBuild -Quiet
        Invoke-Measurement { Invoke-PowerShellDrill Startup }
    }
    'Drill' {
        $Drill = @($Drill | ForEach-Object { $_ -split ',' } | ForEach-Object Trim)
        $unknown = @($Drill | Where-Object { $_ -notin 'Faults', 'Challenge', 'Stop', 'Runspaces', 'Fuzz' })
        if ($unknown) { throw "Unknown drill '$($unknown -join "', '")'; use Faults, Challenge, Stop, Runspaces or Fuzz." }
        $inPowerShell = @($Drill | Where-Object { $_ -in 'Stop', 'Runspaces' })
        if ($inPowerShell) { Invoke-ModuleBuild -Quiet; Invoke-ServerBuild -Quiet }
        $runs = @(foreach ($name in $Drill) {
            switch ($name) {
                'Faults' { { Invoke-Harness faults } }
                'Challenge' { { Invoke-Harness challenge } }
                'Fuzz' { { Invoke-Harness fuzz '--iterations', $Iterations } }
            }
        })
        if ($inPowerShell) { $runs += { Invoke-PowerShellDrill $inPowerShell } }
        Invoke-Measurement $runs
    }
    'UnitTest' {
        Assert-CapturedPages
        Invoke-ModuleBuild -WithTests
        Write-Summary @(Invoke-UnitTest)
    }
    'Pester' {
        Assert-CapturedPages
        Invoke-ModuleBuild -WithTests
        Invoke-ServerBuild
        Write-Summary @(Invoke-PesterSuite)
    }
    'Test' {
        Assert-CapturedPages
        Invoke-ModuleBuild -WithTests
        Invoke-ServerBuild
        $parts = @(Invoke-UnitTest; Invoke-PesterSuite)
        Write-Host "elapsed $([int] $clock.Elapsed.TotalSeconds) s"
        Write-Summary $parts
    }
}
