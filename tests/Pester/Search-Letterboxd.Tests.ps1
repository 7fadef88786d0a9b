param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'Search-Letterboxd' {
    BeforeEach {
        Clear-ReplayState $script:Server
        $session = New-TestSession
    }

    Context 'films' {
        It 'follows the cursor from page to page until it is empty (BL-16)' {
            $films = @(Search-Letterboxd mulholland -Session $session)

            $films.Slug | Should -Be @('mulholland-drive', 'mulholland-falls', 'mulholland-dr-1999', 'synthetic-film-a', 'the-zone-of-interest')
            $films.Position | Should -Be (1..5)
            $films.Page | Should -Be @(1, 1, 1, 2, 2)
            $films[0].Year | Should -Be 2001
            $films[0].Directors | Should -Be @('David Lynch')
            $films[2].Directors | Should -Be @('David Lynch', 'Synthetic Director')
            Get-RequestedPath | Should -Be @('/s/search/films/mulholland/', '/s/search/films/mulholland/?cursor=c2-mulholland')
        }

        It 'does not fetch the next page once -First is satisfied' {
            $films = @(Search-Letterboxd mulholland -First 3 -Session $session)

            $films.Count | Should -Be 3
            Get-RequestedPath | Should -Be @('/s/search/films/mulholland/')
        }

        It 'encodes the query into the address' {
            (Search-Letterboxd 'mulholland drive' -Session $session).Slug | Should -Be 'mulholland-drive'
            Get-RequestedPath | Should -Be @('/s/search/films/mulholland%20drive/')
        }

        It 'hands film results to Get-LetterboxdFilm' {
            $film = Search-Letterboxd mulholland -First 1 -Session $session | Get-LetterboxdFilm -Session $session

            $film.Title | Should -Be 'Mulholland Drive'
        }

        It 'returns nothing and no error when nothing matches' {
            $results = Search-Letterboxd nothingmatches -Session $session -ErrorVariable failures -WarningVariable warnings

            $results | Should -BeNullOrEmpty
            $failures | Should -BeNullOrEmpty
            $warnings | Should -BeNullOrEmpty
        }

        It 'reports markup drift when results are there but none can be read, and goes on' {
            $films = @(Search-Letterboxd driftquery, mulholland -First 1 -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue)

            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdMarkupDrift,*'
            $failures[0].TargetObject | Should -Be 'driftquery'
            $films.Slug | Should -Be @('mulholland-drive')
        }
    }

    Context 'members, lists and people' {
        It 'finds members that pipe into other cmdlets by UserName' {
            $members = @(Search-Letterboxd synth -Type Member -Session $session)

            $members.UserName | Should -Be @('synthmember', 'synthcritic')
            $members[0].DisplayName | Should -Be 'Synth Member'
            $members[0].PSObject.TypeNames | Should -Contain 'Rustboxd.Models.MemberSummary'
            Get-RequestedPath | Should -Be @('/s/search/members/synth/')
        }

        It 'finds lists with their owner and counts' {
            $lists = @(Search-Letterboxd lynch -Type List -Session $session)

            $lists.Owner | Should -Be @('listmember', 'synthcritic')
            $lists.LikeCount | Should -Be @(6300, 12000)
            $lists[1].FilmCount | Should -Be 1308
        }

        It 'finds people with the role their page has, and their filmography' {
            $people = @(Search-Letterboxd lynch -Type Person -Session $session)

            $people.PersonSlug | Should -Be @('david-lynch', 'synthetic-lynch', 'someone-lynch')
            $people[0].Role | Should -Be 'Director'
            $people[2].Role | Should -BeNullOrEmpty
            Get-RequestedPath | Should -Be @('/s/search/cast-crew/lynch/')
        }
    }

    It 'refuses a query it cannot search for before any request' -TestCases @(
        @{ Query = '' }, @{ Query = '   ' }, @{ Query = 'x' * 101 }, @{ Query = "a`0b" }
    ) {
        Search-Letterboxd $Query -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdInvalidSearchQuery,*'
        Get-RequestedPath | Should -BeNullOrEmpty
    }
}
