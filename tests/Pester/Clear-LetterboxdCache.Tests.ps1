param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'Clear-LetterboxdCache' {
    BeforeEach {
        Clear-ReplayState $script:Server
    }

    It 'drops nothing with -WhatIf, then every page, so the next call asks the site again' {
        $session = New-TestSession
        $null = Get-LetterboxdUser sampleuser7 -Session $session

        Clear-LetterboxdCache $session -WhatIf
        (Get-LetterboxdSession $session).CachedPages | Should -Be 1

        $verbose = Clear-LetterboxdCache $session -Verbose 4>&1
        "$verbose" | Should -BeLike '*cleared 1 pages from memory*'
        (Get-LetterboxdSession $session).CachedPages | Should -Be 0
        $null = Get-LetterboxdUser sampleuser7 -Session $session
        Get-RequestedPath | Should -Be @('/sampleuser7/', '/sampleuser7/')
    }

    It 'empties the cache file too' {
        $session = New-TestSession @{ CachePath = Join-Path $TestDrive 'clear.db' }
        $null = Get-LetterboxdUser sampleuser7 -Session $session
        (Get-LetterboxdSession $session).CachedPagesOnDisk | Should -Be 1

        $session | Clear-LetterboxdCache -Confirm:$false

        (Get-LetterboxdSession $session).CachedPagesOnDisk | Should -Be 0
    }
}

Describe 'The on-disk cache (-CachePath)' {
    BeforeEach {
        Clear-ReplayState $script:Server
    }

    It 'serves a second PowerShell process without a request reaching the site' {
        $cache = Join-Path $TestDrive 'daily/pages.db'
        $first = New-TestSession @{ CachePath = $cache }
        $null = Get-LetterboxdUser sampleuser7 -Session $first
        $null = Get-LetterboxdFilm mulholland-drive -Session $first
        Get-RequestedPath | Should -Be @('/sampleuser7/', '/film/mulholland-drive/')
        Clear-ReplayState $script:Server

        $script = @"
Import-Module '$($script:ModuleManifest)'
`$session = New-LetterboxdSession -BaseUri '$($script:Server.BaseUri)' -CachePath '$cache'
`$member = Get-LetterboxdUser sampleuser7 -Session `$session -Verbose 4>&1 | Where-Object { `$_ -is [System.Management.Automation.VerboseRecord] }
`$film = Get-LetterboxdFilm mulholland-drive -Session `$session
`$summary = Get-LetterboxdSession `$session
'{0}|{1}|{2}|{3}' -f `$film.Title, `$summary.RequestsSent, `$summary.ServedFromCache, `$member
"@
        $exe = [Environment]::ProcessPath
        $arguments = @('-NoProfile', '-NonInteractive', '-Command', $script)
        if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $arguments = @(Join-Path $PSHOME 'pwsh.dll') + $arguments }

        $output = & $exe @arguments 2>&1

        $output | Select-Object -Last 1 | Should -Be 'Mulholland Drive|0|2|GET /sampleuser7/ cache hit (disk)'
        @(Get-ReplayRequest $script:Server) | Should -HaveCount 0
    }

    It 'loads SQLite''s native library from the module''s own dependencies folder' {
        $session = New-TestSession @{ CachePath = Join-Path $TestDrive 'native.db' }
        $null = Get-LetterboxdUser sampleuser7 -Session $session

        $native = [System.Diagnostics.Process]::GetCurrentProcess().Modules | Where-Object ModuleName -Like '*e_sqlite3*'

        $native | Should -Not -BeNullOrEmpty
        $dependencies = Join-Path (Split-Path $script:ModuleManifest) 'dependencies/runtimes'
        $native[0].FileName | Should -BeLike "$dependencies*"
    }

    It 'ships the native library for <_>' -ForEach 'linux-x64', 'linux-arm64', 'osx-x64', 'osx-arm64', 'win-x64', 'win-arm64' {
        $folder = Join-Path (Split-Path $script:ModuleManifest) "dependencies/runtimes/$_/native"

        @(Get-ChildItem $folder -File | Where-Object Name -Match '^(lib)?e_sqlite3\.(so|dylib|dll)$') | Should -HaveCount 1
    }

    It 'refuses a cache file it cannot create, before any request' {
        $blocker = Join-Path $TestDrive 'not-a-folder'
        Set-Content $blocker 'x'

        { New-TestSession @{ CachePath = Join-Path $blocker 'pages.db' } } | Should -Throw -ErrorId 'LetterboxdCacheUnavailable,*'
        Get-RequestedPath | Should -BeNullOrEmpty
    }
}
