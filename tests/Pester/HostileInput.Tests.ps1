param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

# The hostile-input table (tests/fixtures/hostile/hostile-inputs.tsv) through the cmdlets: each input refused with its
# error id before any request reaches the replay server. Also redirects that leave the session's site.
BeforeDiscovery {
    $table = Join-Path $PSScriptRoot '../fixtures/hostile/hostile-inputs.tsv'
    $script:Rows = Get-Content $table -Encoding utf8 | Where-Object { -not $_.StartsWith('#') } | Select-Object -Skip 1 |
        ForEach-Object {
            $kind, $escaped, $errorId, $why = $_ -split "`t"
            @{ Kind = $kind; Value = [regex]::Unescape($escaped); ErrorId = $errorId; Why = $why }
        }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'Hostile input' {
    BeforeAll {
        Clear-ReplayState $script:Server
        $session = New-TestSession
    }

    It 'refuses <Why> as a <Kind> with <ErrorId> before any request' -ForEach $script:Rows {
        $common = @{ Session = $session; ErrorVariable = 'failures'; ErrorAction = 'SilentlyContinue' }
        $output = switch ($Kind) {
            'UserName' { Get-LetterboxdUser -UserName $Value @common }
            'FilmSlug' { Get-LetterboxdFilm -Slug $Value @common }
            'ListSlug' { Get-LetterboxdList -UserName sampleuser124 -Slug $Value @common }
            'PersonSlug' { Get-LetterboxdFilmography -Person $Value @common }
            'ImdbId' { Get-LetterboxdFilm -ImdbId $Value @common }
            'SearchQuery' { Search-Letterboxd -Query $Value @common }
        }

        $output | Should -BeNullOrEmpty
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
        $failures[0].TargetObject | Should -BeExactly $Value
        @(Get-ReplayRequest $script:Server).Count | Should -Be 0
    }
}

Describe 'Redirects to another site' {
    BeforeEach {
        Clear-ReplayState $script:Server
        $session = New-TestSession
    }

    It 'refuses a redirect to <Location> after one request' -ForEach @(
        @{ Location = 'http://evil.example/sampleuser7/' }
        @{ Location = 'https://evil.example/sampleuser7/' }
        @{ Location = '//evil.example/sampleuser7/' }
        @{ Location = 'https://letterboxd.com/sampleuser7/' }
        @{ Location = 'http://127.0.0.1:1/sampleuser7/' }
        @{ Location = 'http://localhost/sampleuser7/' }
    ) {
        Set-ReplayFault $script:Server @(@{ pattern = '^/sampleuser7/$'; kind = 'redirect'; location = $Location })

        $member = Get-LetterboxdUser sampleuser7 -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

        $member | Should -BeNullOrEmpty
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdRedirectRefused,*'
        @(Get-ReplayRequest $script:Server).path | Should -Be @('/sampleuser7/')
    }
}
