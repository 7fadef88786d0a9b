param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'Get-LetterboxdWatchlist' {
    BeforeEach {
        Clear-ReplayState $script:Server
        $session = New-TestSession
    }

    It 'reads a real watchlist page in the site''s order' {
        $entries = @(Get-LetterboxdWatchlist sampleuser7 -First 28 -Session $session)

        $entries.Count | Should -Be 28
        $entries[0].Slug | Should -Be 'the-chronology-of-water'
        $entries[0].Title | Should -Be 'The Chronology of Water'
        $entries[0].Year | Should -Be 2025
        $entries[0].Member | Should -Be 'sampleuser7'
        $entries[-1].Slug | Should -Be 'barry-lyndon'
        $entries.Position | Should -Be (1..28)
        Get-RequestedPath | Should -Be @('/sampleuser7/watchlist/')
    }

    It 'states the total the page gives with -IncludeTotalCount' {
        $output = @(Get-LetterboxdWatchlist sampleuser124 -First 1 -IncludeTotalCount -Session $session)

        $output[-1] | Should -Match '697'
    }

    It 'warns, and keeps what it read, when a later page the site names is missing' {
        $entries = @(Get-LetterboxdWatchlist sampleuser124 -First 40 -Session $session -WarningVariable warnings)

        $entries.Count | Should -Be 28
        $warnings | Should -Match 'page 2 .*not found'
    }

    It 'returns nothing and no error for an empty watchlist' {
        $entries = Get-LetterboxdWatchlist sampleuser11 -Session $session -ErrorVariable failures -WarningVariable warnings

        $entries | Should -BeNullOrEmpty
        $failures | Should -BeNullOrEmpty
        $warnings | Should -BeNullOrEmpty
    }

    Context 'when the member keeps the watchlist private' {
        It 'writes a private-content error for that member and goes on with the others' {
            $entries = @(Get-LetterboxdWatchlist privatemember, sampleuser7 -First 2 -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue)

            $failures.Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdPrivateContent,*'
            $failures[0].TargetObject | Should -Be 'privatemember'
            $entries.Count | Should -Be 2
            @(Get-RequestedPath | Where-Object { $_ -eq '/privatemember/watchlist/' }).Count | Should -Be 1
        }

        It 'still loads the member''s profile, which says the watchlist is private' {
            $member = Get-LetterboxdUser privatemember -Session $session

            $member.WatchlistPrivate | Should -BeTrue
            $member.FilmCount | Should -Be 12
            Get-RequestedPath | Should -Be @('/privatemember/')
        }
    }

    It 'writes a not-found error for an unknown member' {
        Get-LetterboxdWatchlist nosuchmember -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdMemberNotFound,*'
    }

    It 'takes members from Get-LetterboxdUser' {
        $entries = @(Get-LetterboxdUser sampleuser7 -Session $session | Get-LetterboxdWatchlist -First 3 -Session $session)

        $entries.Slug | Should -Be @('the-chronology-of-water', $entries[1].Slug, $entries[2].Slug)
        $entries.Count | Should -Be 3
    }
}
