param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')

    # Runs a command in a runspace of its own, with the module and a $session on the replay server, and returns
    # what it wrote to the progress stream (which a Pester run cannot redirect).
    function Get-ProgressRecord([scriptblock] $Command) {
        $shell = [powershell]::Create()
        try {
            $null = $shell.AddScript(@"
Import-Module '$($script:ModuleManifest)'
`$session = New-LetterboxdSession -BaseUri '$($script:Server.BaseUri)' -RequestsPerSecond 100 -BurstSize 50
$Command
"@).Invoke()
            @($shell.Streams.Progress)
        }
        finally {
            $shell.Dispose()
        }
    }

    # Shapes of the verbose lines, one per request (see about_Rustboxd, VERBOSE AND DEBUG).
    $RequestLine = '^GET /\S* \d{3} \d+ (B|KB) \d+ ms$'
    $CacheLine = '^GET /\S* cache hit$'
    $RetryLine = '^retry \d+/\d+ in \d+(\.\d)? s \(\d{3}\) /\S*$'
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'Rustboxd progress' {
    BeforeEach {
        Clear-ReplayState $script:Server
        $session = New-TestSession
    }

    Context 'when a collection spans several pages' {
        It 'reports page n of N and the items so far, then completes' {
            $records = Get-ProgressRecord { Get-LetterboxdFilm -UserName synthmember -Session $session }

            $records | Should -Not -BeNullOrEmpty
            $records.Activity | Select-Object -Unique | Should -Be "synthmember's films"
            $working = @($records | Where-Object RecordType -EQ 'Processing')
            $working | Should -Not -BeNullOrEmpty
            $working | ForEach-Object {
                $_.StatusDescription | Should -Match '^page [2-4] of 4, \d+ items$'
                $_.PercentComplete | Should -BeIn (1..100)
            }
            $records[-1].RecordType | Should -Be 'Completed'
        }

        It 'writes fewer updates than pages when the pages come faster than four a second' {
            $records = Get-ProgressRecord { Get-LetterboxdFilm -UserName synthmember -Session $session }

            @($records | Where-Object RecordType -EQ 'Processing').Count | Should -BeLessOrEqual 3
        }
    }

    Context 'when the work is one request' {
        It 'writes no progress for <Name>' -ForEach @(
            @{ Name = 'a film'; Command = { Get-LetterboxdFilm mulholland-drive -Session $session } }
            @{ Name = 'a profile'; Command = { Get-LetterboxdUser sampleuser7 -Session $session } }
            @{ Name = 'a one-page collection'; Command = { Get-LetterboxdWatchlist sampleuser7 -First 5 -Session $session } }
            @{ Name = 'rating statistics'; Command = { Get-LetterboxdRatingStatistic sampleuser7 -Session $session } }
        ) {
            Get-ProgressRecord $Command | Should -BeNullOrEmpty
        }
    }
}

Describe 'Rustboxd verbose and debug lines' {
    BeforeEach {
        Clear-ReplayState $script:Server
        $session = New-TestSession
    }

    It 'writes one line of the fixed shape for every request it sends' {
        $verbose = @(Get-LetterboxdFilm -UserName synthmember -Session $session -Verbose 4>&1 |
            Where-Object { $_ -is [Management.Automation.VerboseRecord] } | ForEach-Object Message)

        $requests = Get-RequestedPath
        $requests.Count | Should -Be 4
        @($verbose | Where-Object { $_ -match $RequestLine }).Count | Should -Be $requests.Count
        foreach ($path in $requests) { @($verbose | Where-Object { $_ -like "GET $path *" }).Count | Should -Be 1 }
    }

    It 'writes the cache hit and the retry, with its reason and delay, in the same shape' {
        Set-ReplayFault $script:Server @{ pattern = '^/film/mulholland-drive/$'; kind = 'status'; status = 503; times = 1 }
        $fast = New-TestSession @{ InitialRetryDelayMilliseconds = 50 }

        $first = @(Get-LetterboxdFilm mulholland-drive -Session $fast -Verbose 4>&1 |
            Where-Object { $_ -is [Management.Automation.VerboseRecord] } | ForEach-Object Message)
        $second = @(Get-LetterboxdFilm mulholland-drive -Session $fast -Verbose 4>&1 |
            Where-Object { $_ -is [Management.Automation.VerboseRecord] } | ForEach-Object Message)

        $first.Count | Should -Be 3
        $first[0] | Should -Match '^GET /film/mulholland-drive/ 503 '
        $first[1] | Should -Match $RetryLine
        $first[1] | Should -BeLike 'retry 1/3 in * s (503) /film/mulholland-drive/'
        $first[2] | Should -Match $RequestLine
        $second | Should -Be @('GET /film/mulholland-drive/ cache hit')
        $second[0] | Should -Match $CacheLine
    }

    It 'writes to the debug stream the selectors that matched and the paging it chose' {
        $debug = @(Get-LetterboxdFilm -UserName synthmember -Session $session -Verbose -Debug 5>&1 4>$null |
            Where-Object { $_ -is [Management.Automation.DebugRecord] } | ForEach-Object Message)

        $debug | Should -Contain "synthmember's films: page 1 holds 3 items and names 4 pages; reading pages 2-4, 3 at a time"
        @($debug | Where-Object { $_ -like 'films grid: * entries from * items (*)' }).Count | Should -Be 4
    }

    It 'writes to the debug stream the markup a film page matched' {
        $debug = @(Get-LetterboxdFilm mulholland-drive -Session $session -Verbose -Debug 5>&1 4>$null |
            Where-Object { $_ -is [Management.Automation.DebugRecord] } | ForEach-Object Message)

        $debug | Should -Contain 'film page: tabs #tab-*, 73 cast, 68 crew, 3 genres; JSON-LD read'
    }
}
