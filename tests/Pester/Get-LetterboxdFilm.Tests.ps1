param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'Get-LetterboxdFilm' {
    BeforeEach {
        Clear-ReplayState $script:Server
        $session = New-TestSession
    }

    Context 'by slug' {
        It 'reads a real film page' {
            $film = Get-LetterboxdFilm mulholland-drive -Session $session

            $film.Title | Should -Be 'Mulholland Drive'
            $film.Year | Should -Be 2001
            $film.Directors | Should -Be @('David Lynch')
            $film.Runtime | Should -Be 147
            $film.AverageRating | Should -Be 4.26
            $film.RatingCount | Should -Be 1072467
            $film.TmdbId | Should -Be 1018
            $film.ImdbId | Should -Be 'tt0166924'
            $film.Cast.Count | Should -Be 73
            $film.Genres | Should -Be @('Drama', 'Mystery', 'Thriller')
        }

        It 'accepts a film address as well as a slug' {
            (Get-LetterboxdFilm 'https://letterboxd.com/film/the-zone-of-interest/' -Session $session).LetterboxdId |
                Should -Be 398800
        }

        It 'follows an old slug to the canonical one' {
            $film = Get-LetterboxdFilm mulholland-dr -Session $session

            $film.Slug | Should -Be 'mulholland-drive'
            Get-RequestedPath | Should -Be @('/film/mulholland-dr/', '/film/mulholland-drive/')
        }

        It 'refuses a redirect to another site' {
            Get-LetterboxdFilm offsite-redirect -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdRedirectRefused,*'
            Get-RequestedPath | Should -Be @('/film/offsite-redirect/')
        }

        It 'gives a null average for a film with too few ratings' {
            $film = Get-LetterboxdFilm synthetic-film-c -Session $session

            $film.AverageRating | Should -BeNullOrEmpty
            $film.Runtime | Should -Be 132
        }

        It 'writes a not-found error for an unknown film and goes on with the rest' {
            $films = Get-LetterboxdFilm no-such-film, mulholland-drive -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

            $films.Slug | Should -Be @('mulholland-drive')
            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdFilmNotFound,*'
            $failures[0].TargetObject | Should -Be 'no-such-film'
        }

        It 'refuses a malformed slug before any request' -TestCases @(
            @{ Slug = '../etc/passwd' }, @{ Slug = 'a b' }, @{ Slug = 'https://example.com/film/x/' }
        ) {
            Get-LetterboxdFilm $Slug -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdInvalidSlug,*'
            Get-RequestedPath | Should -BeNullOrEmpty
        }
    }

    Context 'with -UserName' {
        It 'streams a real films grid' {
            $films = Get-LetterboxdFilm -UserName sampleuser7 -Session $session -First 72

            $films.Count | Should -Be 72
            $films[0].Slug | Should -Be 'the-woman-in-cabin-10'
            $films[0].Rating | Should -Be 1.5
            $films[-1].Slug | Should -Be 'perfect-days-2023'
        }

        It 'makes one request for -First 5 of a long list' {
            $films = Get-LetterboxdFilm -UserName sampleuser7 -First 5 -Session $session

            $films.Count | Should -Be 5
            Get-RequestedPath | Should -Be @('/sampleuser7/films/')
        }

        It 'returns every page in page order, fetching later pages in parallel' {
            # Pages 2 and 3 answer after 2 s; read one at a time, page 3 would be asked only after page 2's answer.
            Set-ReplayFault $script:Server @{ pattern = '^/synthmember/films/page/[23]/$'; kind = 'latency'; latencyMs = 2000 }

            $films = Get-LetterboxdFilm -UserName synthmember -Session $session -ThrottleLimit 3

            $films.Slug | Should -Be ([char[]] 'abcdefghijk' | ForEach-Object { "synthetic-film-$_" })
            $films.Page | Select-Object -Unique | Should -Be @(1, 2, 3, 4)
            Get-RequestGap '/synthmember/films/page/2/' '/synthmember/films/page/3/' |
                Should -BeLessThan 2000 -Because 'page 3 is asked while page 2 is in flight'
        }

        It 'says the page is missing, not the member, when a real member''s page answers 404' {
            # BL-30's class: the capture holds no page of sampleuser7's 4.5-star films, while the profile exists.
            Get-LetterboxdFilm -UserName sampleuser7 -Rating 4.5 -Session $session -ErrorAction SilentlyContinue -ErrorVariable failures

            $failures | Should -HaveCount 1
            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdPageNotFound,*'
            $failures[0].Exception.Message | Should -Match "sampleuser7's profile exists"
            Get-RequestedPath | Should -Be @('/sampleuser7/films/rated/4%C2%BD/', '/sampleuser7/')
        }

        It 'stops fetching once -Skip and -First are satisfied' {
            $films = Get-LetterboxdFilm -UserName synthmember -Skip 3 -First 4 -Session $session

            $films.Slug | Should -Be @('synthetic-film-d', 'synthetic-film-e', 'synthetic-film-f', 'synthetic-film-g')
            Get-RequestedPath | Should -Not -Contain '/synthmember/films/page/4/'
        }

        It 'reports the total with -IncludeTotalCount' {
            $output = Get-LetterboxdFilm -UserName synthmember -First 1 -IncludeTotalCount -Session $session

            $output.Count | Should -Be 2
            $output[-1].ToString() | Should -Be 'Total count: 11'
        }

        It 'reads the films of one rating with -Rating' {
            $films = Get-LetterboxdFilm -UserName synthmember -Rating 4.5 -Session $session

            $films.Rating | Select-Object -Unique | Should -Be 4.5
            Get-RequestedPath | Should -Be @('/synthmember/films/rated/4%C2%BD/')
        }

        It 'reads the films the member liked with -Liked' {
            $liked = @(Get-LetterboxdFilm -UserName sampleuser7 -Liked -First 72 -Session $session)

            $liked.Count | Should -Be 72
            $liked[0].Slug | Should -Be 'closer'
            $liked[0].Rating | Should -Be 3.5
            $liked | Where-Object { -not $_.Liked } | Should -BeNullOrEmpty
            Get-RequestedPath | Should -Be @('/sampleuser7/likes/films/')
        }

        It 'filters liked films by the member''s rating with -Liked -Rating' {
            $rated = @(Get-LetterboxdFilm -UserName sampleuser7 -Liked -Rating 3.5 -First 3 -Session $session)

            $rated.Count | Should -Be 3
            $rated | Where-Object Rating -NE 3.5 | Should -BeNullOrEmpty
        }

        It 'refuses a rating that is not a half star before any request' {
            { Get-LetterboxdFilm -UserName synthmember -Rating 4.2 -Session $session } |
                Should -Throw -ErrorId 'LetterboxdInvalidRating,*'
            Get-RequestedPath | Should -BeNullOrEmpty
        }

        It 'returns nothing and no error for a member with no films' {
            $films = Get-LetterboxdFilm -UserName emptymember -Session $session -ErrorVariable failures -WarningVariable warnings

            $films | Should -BeNullOrEmpty
            $failures | Should -BeNullOrEmpty
            $warnings | Should -BeNullOrEmpty
        }

        It 'reports markup drift, not an empty list, when the page states films but none can be read' {
            Get-LetterboxdFilm -UserName driftmember, synthmember -First 1 -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures.Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdMarkupDrift,*'
            $failures[0].TargetObject | Should -Be 'driftmember'
        }
    }

    Context 'in a pipeline' {
        It 'takes members from Get-LetterboxdUser and films from a films grid' {
            $details = Get-LetterboxdUser synthmember, sampleuser7 -Session $session -ErrorAction SilentlyContinue |
                Get-LetterboxdFilm -First 2 -Session $session

            $details.Slug | Should -Be @('the-woman-in-cabin-10', 'marty-supreme')
            $films = Get-LetterboxdFilm -UserName synthmember -First 3 -Session $session | Get-LetterboxdFilm -Session $session

            $films.Title | Should -Be @('Synthetic Film A', 'Synthetic Film B', 'Synthetic Film C')
            $films[0].PSObject.TypeNames | Should -Contain 'Rustboxd.Models.Film'
        }
    }
}
