param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'New-LetterboxdSession' {
    It 'starts from the documented defaults' {
        $summary = New-LetterboxdSession | Get-LetterboxdSession

        $summary.BaseUri | Should -Be 'https://letterboxd.com/'
        $summary.RequestsPerSecond | Should -Be 2
        $summary.BurstSize | Should -Be 5
        $summary.MaximumRetryCount | Should -Be 3
        $summary.ThrottleLimit | Should -Be 3
        $summary.CacheTimeToLive | Should -Be ([timespan]::FromSeconds(300))
        $summary.CacheMaximumEntries | Should -Be 1000
        $summary.UserAgent | Should -Match '^Rustboxd/\d+\.\d+\.\d+ '
    }

    It 'refuses a setting out of range, naming it' {
        { New-LetterboxdSession -RequestsPerSecond 0 -ErrorAction Stop } |
            Should -Throw -ErrorId 'LetterboxdInvalidSessionSetting,*'
    }

    It 'becomes the session every cmdlet uses with -Default' {
        Clear-ReplayState $script:Server
        $null = New-LetterboxdSession -BaseUri $script:Server.BaseUri -RequestsPerSecond 100 -Default

        (Get-LetterboxdUser sampleuser7).FilmCount | Should -Be 367
        (Get-LetterboxdSession).RequestsSent | Should -Be 1
    }
}

Describe 'The session engine' {
    BeforeEach {
        Clear-ReplayState $script:Server
        $session = New-TestSession
    }

    Context 'when the site answers 429 with Retry-After' {
        It 'waits for Retry-After and succeeds' {
            Set-ReplayFault $script:Server @{ pattern = '^/sampleuser7/$'; kind = 'status'; status = 429; retryAfter = '1'; times = 1 }
            $clock = [Diagnostics.Stopwatch]::StartNew()

            $member = Get-LetterboxdUser sampleuser7 -Session $session

            $member.FilmCount | Should -Be 367
            $clock.Elapsed.TotalSeconds | Should -BeGreaterOrEqual 0.95
            Get-RequestedPath | Should -Be @('/sampleuser7/', '/sampleuser7/')
            $summary = Get-LetterboxdSession $session
            $summary.RateLimitedResponses | Should -Be 1
            $summary.Retried | Should -Be 1
            $summary.CurrentRequestsPerSecond | Should -BeLessThan $summary.RequestsPerSecond
        }
    }

    Context 'when the site fails transiently' {
        It 'retries a <Kind> and succeeds' -TestCases @(
            @{ Kind = '503'; Rule = @{ kind = 'status'; status = 503; times = 2 }; Requests = 3 }
            @{ Kind = 'connection reset'; Rule = @{ kind = 'reset'; times = 1 }; Requests = 2 }
            @{ Kind = 'truncated body'; Rule = @{ kind = 'truncate'; times = 1 }; Requests = 2 }
        ) {
            Set-ReplayFault $script:Server ($Rule + @{ pattern = '^/sampleuser7/$' })

            $member = Get-LetterboxdUser sampleuser7 -Session $session -Verbose 4>&1

            ($member | Where-Object { $_ -is [Rustboxd.Models.Member] }).FilmCount | Should -Be 367
            $verbose = @($member | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message
            @($verbose -match '^retry 1/3 in [\d.]+ s \(.+\) /sampleuser7/$').Count | Should -Be 1
            (Get-RequestedPath).Count | Should -Be $Requests
        }

        It 'gives up after -MaximumRetryCount with a page-load error' {
            Set-ReplayFault $script:Server @{ pattern = '^/sampleuser7/$'; kind = 'status'; status = 500 }

            Get-LetterboxdUser sampleuser7 -Session $session -MaximumRetryCount 1 -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdPageLoadFailed,*'
            (Get-RequestedPath).Count | Should -Be 2
        }
    }

    Context 'when the site serves a bot-protection challenge' {
        It 'stops the call, pauses the session and sends nothing more' {
            Set-ReplayFault $script:Server @{ pattern = '^/sampleuser7/$'; kind = 'respond'; status = 403; file = 'errors/challenge.html' }

            { Get-LetterboxdUser sampleuser7, sampleuser124 -Session $session -ErrorAction Stop } |
                Should -Throw -ErrorId 'LetterboxdBlockedByBotProtection,*'
            { Get-LetterboxdFilm mulholland-drive -Session $session -ErrorAction Stop } |
                Should -Throw -ErrorId 'LetterboxdSessionPaused,*'

            Get-RequestedPath | Should -Contain '/sampleuser7/'
            Get-RequestedPath | Should -Not -Contain '/film/mulholland-drive/'
            (Get-LetterboxdSession $session).Challenges | Should -Be 1
            (Get-LetterboxdSession $session).PausedUntil | Should -BeGreaterThan ([datetimeoffset]::UtcNow)
        }
    }

    Context 'when the rate limit is low' {
        It 'spaces requests to the configured rate' {
            $slow = New-TestSession @{ RequestsPerSecond = 4; BurstSize = 1 }
            $clock = [Diagnostics.Stopwatch]::StartNew()

            $null = 1..5 | ForEach-Object { Get-LetterboxdUser sampleuser7 -Session $slow -NoCache }

            # Five requests with a burst of one at 4/s: four waits of a quarter second.
            $clock.Elapsed.TotalSeconds | Should -BeGreaterOrEqual 0.9
            (Get-LetterboxdSession $slow).LimiterWait | Should -BeGreaterThan ([timespan]::FromMilliseconds(500))
        }
    }

    Context 'when the user presses Ctrl+C during a crawl' {
        It 'stops promptly and sends no request afterwards' {
            Set-ReplayFault $script:Server @{ pattern = '^/synthmember/films/page/'; kind = 'latency'; latencyMs = 8000 }
            # A runspace of its own, with the module loaded, so that Stop() below acts like Ctrl+C in a console.
            $initial = [initialsessionstate]::CreateDefault2()
            $initial.ImportPSModule($script:ModuleManifest)
            $shell = [powershell]::Create($initial)
            $null = $shell.AddScript({
                param($Session)
                Get-LetterboxdFilm -UserName synthmember -Session $Session
            }).AddArgument($session)
            $running = $shell.BeginInvoke()
            $deadline = [DateTime]::UtcNow.AddSeconds(10)
            while ((Get-RequestedPath) -notcontains '/synthmember/films/page/2/' -and [DateTime]::UtcNow -lt $deadline) {
                Start-Sleep -Milliseconds 50
            }
            Get-RequestedPath | Should -Contain '/synthmember/films/page/2/' -Because 'the crawl must be under way'
            $clock = [Diagnostics.Stopwatch]::StartNew()

            $shell.Stop()

            $clock.Stop()
            # A hang detector, not a speed target (the Ctrl+C drill of docs/reliability.md measures that).
            $clock.Elapsed.TotalSeconds | Should -BeLessThan 5
            $seen = (Get-RequestedPath).Count
            Start-Sleep -Milliseconds 500
            (Get-RequestedPath).Count | Should -Be $seen
            $running.IsCompleted | Should -BeTrue
            $shell.InvocationStateInfo.State | Should -Be 'Stopped'
            $shell.Dispose()
        }
    }

    It 'counts what it did' {
        $null = Get-LetterboxdUser sampleuser7 -Session $session
        $null = Get-LetterboxdUser sampleuser7, nosuchmember -Session $session -ErrorAction SilentlyContinue

        $summary = Get-LetterboxdSession $session
        $summary.RequestsSent | Should -Be 2
        $summary.Succeeded | Should -Be 1
        $summary.Failed | Should -Be 1
        $summary.ServedFromCache | Should -Be 1
        $summary.MeanLatency | Should -BeGreaterThan ([timespan]::Zero)
    }
}
