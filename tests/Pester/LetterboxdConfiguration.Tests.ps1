param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')

    # Runs a script in a fresh pwsh with the module imported and the given environment; returns its output lines.
    function Invoke-ChildPwsh([string] $Script, [hashtable] $Environment = @{}) {
        $exe = [Environment]::ProcessPath
        $start = [System.Diagnostics.ProcessStartInfo]::new($exe)
        if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $start.ArgumentList.Add((Join-Path $PSHOME 'pwsh.dll')) }
        foreach ($argument in '-NoProfile', '-NonInteractive', '-Command', "Import-Module '$($script:ModuleManifest)'; $Script") {
            $start.ArgumentList.Add($argument)
        }
        foreach ($name in $Environment.Keys) { $start.Environment[$name] = $Environment[$name] }
        $start.Environment['NO_COLOR'] = '1'
        $start.RedirectStandardOutput = $true
        $start.RedirectStandardError = $true
        $process = [System.Diagnostics.Process]::Start($start)
        $output = $process.StandardOutput.ReadToEnd() + $process.StandardError.ReadToEnd()
        $process.WaitForExit()
        $output -split "`r?`n" | Where-Object { $_ }
    }
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'Export-LetterboxdConfiguration and New-LetterboxdSession -ConfigurationPath' {
    It 'round-trips every setting through rustboxd.toml' {
        $path = Join-Path $TestDrive 'round-trip.toml'
        $session = New-LetterboxdSession -BaseUri $script:Server.BaseUri -RequestsPerSecond 0.5 -BurstSize 2 -MaximumRetryCount 4 `
            -InitialRetryDelayMilliseconds 300 -MaximumRetryDelayMilliseconds 6000 -BackoffMultiplier 1.5 -CacheTimeToLiveSeconds 900 `
            -CacheMaximumEntries 77 -CachePath (Join-Path $TestDrive 'rt.db') -ThrottleLimit 5 -RequestTimeoutSeconds 40 `
            -BotProtectionPauseSeconds 60 -UserAgent 'Rustboxd tests'

        $file = $session | Export-LetterboxdConfiguration -Path $path -PassThru
        $read = New-LetterboxdSession -ConfigurationPath $path

        $file | Should -BeOfType ([System.IO.FileInfo])
        $settings = 'BaseUri', 'RequestsPerSecond', 'BurstSize', 'MaximumRetryCount', 'InitialRetryDelay', 'MaximumRetryDelay',
            'BackoffMultiplier', 'CacheTimeToLive', 'CacheMaximumEntries', 'CachePath', 'ThrottleLimit', 'UserAgent'
        $before = Get-LetterboxdSession $session | Select-Object $settings
        $after = Get-LetterboxdSession $read | Select-Object $settings
        ($after | ConvertTo-Json) | Should -Be ($before | ConvertTo-Json)
        (Get-LetterboxdSession $read).ConfigurationPath | Should -Be $path
        Get-Content $path -Raw | Should -Match '(?m)^\[rate_limit\]\s+requests_per_second = 0\.5\s+burst_size = 2'
    }

    It 'lets parameters given win over the file' {
        $path = Join-Path $TestDrive 'base.toml'
        Set-Content $path "[rate_limit]`nrequests_per_second = 4`nburst_size = 3`n"

        $summary = New-LetterboxdSession -ConfigurationPath $path -BurstSize 9 | Get-LetterboxdSession

        $summary.RequestsPerSecond | Should -Be 4
        $summary.BurstSize | Should -Be 9
    }

    Context 'when the file is malformed' {
        It 'stops with <Id>, naming line <Line> and the key' -TestCases @(
            @{ Id = 'LetterboxdConfigurationSyntaxError'; Text = "[retry]`nmax_attempts = `n"; Line = 2; Key = 'retry.max_attempts' }
            @{ Id = 'LetterboxdConfigurationInvalidValue'; Text = "[cache]`nttl_seconds = 60`nmax_entries = `"lots`"`n"; Line = 3; Key = 'cache.max_entries' }
            @{ Id = 'LetterboxdConfigurationInvalidValue'; Text = "[rate_limit]`nrequests_per_second = -1`n"; Line = 2; Key = 'rate_limit.requests_per_second' }
            @{ Id = 'LetterboxdConfigurationInvalidValue'; Text = "[client]`nthrotle_limit = 2`n"; Line = 2; Key = 'client.throtle_limit' }
        ) {
            $path = Join-Path $TestDrive 'bad.toml'
            Set-Content $path $Text

            $failure = { New-LetterboxdSession -ConfigurationPath $path } | Should -Throw -ErrorId "$Id,*" -PassThru

            $failure.Exception.Line | Should -Be $Line
            $failure.Exception.Key | Should -Be $Key
            $failure.Exception.Message | Should -BeLike "$path line $Line`: $Key *"
            $failure.TargetObject | Should -Be $path
        }

        It 'says when the file does not exist' {
            { New-LetterboxdSession -ConfigurationPath (Join-Path $TestDrive 'none.toml') } |
                Should -Throw -ErrorId 'LetterboxdConfigurationNotFound,*'
        }
    }

    Context 'writing the default file' {
        BeforeEach {
            $saved = $env:RUSTBOXD_CONFIG
            $env:RUSTBOXD_CONFIG = Join-Path $TestDrive 'default/rustboxd.toml'
        }

        AfterEach {
            $env:RUSTBOXD_CONFIG = $saved
        }

        It 'writes nothing with -WhatIf, then writes the file, then refuses to overwrite it with -NoClobber' {
            New-LetterboxdSession -RequestsPerSecond 1.5 | Export-LetterboxdConfiguration -WhatIf
            $env:RUSTBOXD_CONFIG | Should -Not -Exist

            New-LetterboxdSession -RequestsPerSecond 1.5 | Export-LetterboxdConfiguration
            $env:RUSTBOXD_CONFIG | Should -FileContentMatch 'requests_per_second = 1\.5'

            New-LetterboxdSession | Export-LetterboxdConfiguration -NoClobber -ErrorVariable failures -ErrorAction SilentlyContinue
            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdConfigurationWriteFailed,*'
            $env:RUSTBOXD_CONFIG | Should -FileContentMatch 'requests_per_second = 1\.5'
        }
    }
}

Describe 'The default session and the platform configuration file' {
    It 'applies $XDG_CONFIG_HOME/rustboxd/rustboxd.toml in a new PowerShell process' {
        $configHome = Join-Path $TestDrive 'xdg'
        New-Item -ItemType Directory -Path (Join-Path $configHome 'rustboxd') -Force | Out-Null
        Set-Content (Join-Path $configHome 'rustboxd/rustboxd.toml') @"
[rate_limit]
requests_per_second = 40
burst_size = 7

[client]
base_uri = "$($script:Server.BaseUri)"
"@
        Clear-ReplayState $script:Server

        $output = Invoke-ChildPwsh -Environment @{ XDG_CONFIG_HOME = $configHome; RUSTBOXD_CONFIG = '' } -Script @'
$summary = Get-LetterboxdSession
'{0}|{1}|{2}|{3}' -f $summary.RequestsPerSecond, $summary.BurstSize, $summary.ConfigurationPath, (Get-LetterboxdUser sampleuser7).FilmCount
'@

        $output | Select-Object -Last 1 | Should -Be "40|7|$(Join-Path $configHome 'rustboxd/rustboxd.toml')|367"
        Get-RequestedPath | Should -Be @('/sampleuser7/')
    }

    It 'stops every cmdlet with the file''s error, line and key, when the file is malformed' {
        $configHome = Join-Path $TestDrive 'xdg-bad'
        New-Item -ItemType Directory -Path (Join-Path $configHome 'rustboxd') -Force | Out-Null
        Set-Content (Join-Path $configHome 'rustboxd/rustboxd.toml') "[rate_limit]`nburst_size = 'x'`n"

        $output = Invoke-ChildPwsh -Environment @{ XDG_CONFIG_HOME = $configHome; RUSTBOXD_CONFIG = '' } -Script @'
try { Get-LetterboxdUser sampleuser7 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Line; $_.Exception.Key }
'@

        $output | Should -Contain 'LetterboxdConfigurationInvalidValue,Rustboxd.Commands.GetLetterboxdUserCommand'
        $output | Should -Contain '2'
        $output | Should -Contain 'rate_limit.burst_size'
    }
}

Describe 'Set-LetterboxdSession' {
    It 'changes a session in place, and not with -WhatIf' {
        $session = New-TestSession

        $session | Set-LetterboxdSession -RequestsPerSecond 3 -UserAgent 'Changed agent' -WhatIf
        (Get-LetterboxdSession $session).RequestsPerSecond | Should -Be 100

        $same = $session | Set-LetterboxdSession -RequestsPerSecond 3 -UserAgent 'Changed agent' -PassThru
        [object]::ReferenceEquals($same, $session) | Should -BeTrue
        (Get-LetterboxdSession $session).RequestsPerSecond | Should -Be 3
        (Get-LetterboxdSession $session).UserAgent | Should -Be 'Changed agent'
    }

    It 'refuses a setting out of range and changes nothing' {
        $session = New-TestSession

        { $session | Set-LetterboxdSession -BurstSize 0 -RequestsPerSecond 9 } | Should -Throw -ErrorId 'LetterboxdInvalidSessionSetting,*'
        (Get-LetterboxdSession $session).RequestsPerSecond | Should -Be 100
    }
}
