param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'Find-LetterboxdFilm' {
    BeforeEach {
        Clear-ReplayState $script:Server
        $session = New-TestSession
    }

    Context 'when the page holds its grid' {
        It 'reads a real browse page by decade and genres in one request' {
            $films = @(Find-LetterboxdFilm -Decade 1960s -Genre crime, drama -ExcludeGenre science-fiction -First 72 -Session $session)

            $films.Count | Should -Be 72
            $films[0].Slug | Should -Be 'breathless'
            $films[0].AverageRating | Should -Be 3.92
            $films[-1].Slug | Should -Be 'the-day-of-the-owl'
            $films.Position | Should -Be (1..72)
            Get-RequestedPath | Should -Be @('/films/popular/decade/1960s/genre/crime+drama+-science-fiction/')
        }

        It 'follows the page''s own Older link and warns when that page is missing' {
            $films = @(Find-LetterboxdFilm -Decade 1960 -Genre Crime, Drama -ExcludeGenre 'Science Fiction' -Session $session -WarningVariable warnings 3>$null)

            $films.Count | Should -Be 72
            $warnings | Should -Match 'page 2 of .* was not found'
            Get-RequestedPath | Should -Be @(
                '/films/popular/decade/1960s/genre/crime+drama+-science-fiction/'
                '/films/popular/decade/1960s/genre/crime%20drama%20-science-fiction/page/2/')
        }

        It 'stops at -First without reading further' {
            $films = @(Find-LetterboxdFilm -Decade 1960s -Genre crime, drama -ExcludeGenre science-fiction -First 3 -Session $session)

            $films.Slug | Should -Be @('breathless', 'high-and-low', 'west-side-story')
            @(Get-RequestedPath).Count | Should -Be 1
        }
    }

    Context 'when the page leaves its grid to a fragment (BL-15)' {
        It 'falls back from the retired /films/ajax/ fragment the page names to its successor, and pages through it' {
            $output = @(Find-LetterboxdFilm -Period Week -IncludeTotalCount -Session $session)

            $output[0..4].Slug | Should -Be @('synthetic-film-a', 'synthetic-film-b', 'synthetic-film-c', 'mulholland-drive', 'the-zone-of-interest')
            $output[0..4].Page | Should -Be @(1, 1, 1, 2, 2)
            $output[-1].ToString() | Should -Be 'Total count: 5'
            Get-RequestedPath | Should -Be @(
                '/films/popular/this/week/'
                '/films/ajax/popular/this/week/?esiAllowFilters=true'
                '/csi/films/films-browser-list/popular/this/week/?esiAllowFilters=true'
                '/csi/films/films-browser-list/popular/this/week/page/2/?esiAllowFilters=true')
        }

        It 'reads the /csi/ fragment a page names, with a genre and a streaming service' {
            $films = @(Find-LetterboxdFilm -Period Month -Genre horror -Service MUBI -Session $session)

            $films.Slug | Should -Be @('synthetic-film-c', 'synthetic-film-a')
            Get-RequestedPath | Should -Be @(
                '/films/popular/this/month/genre/horror/on/mubi/'
                '/csi/films/films-browser-list/popular/this/month/genre/horror/on/mubi/?esiAllowFilters=true')
        }

        It 'reports markup drift, not an empty list, when films are stated but none can be read' {
            Find-LetterboxdFilm -Genre western -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdMarkupDrift,*'
            $failures[0].ErrorDetails.Message | Should -BeLike '*states 1234 films*'
        }
    }

    Context 'with -SimilarTo' {
        It 'reads a film''s similar films, taking the film from the pipeline' {
            $films = @(Get-LetterboxdFilm synthetic-film-a -Session $session | Find-LetterboxdFilm -Session $session)

            $films.Slug | Should -Be @('synthetic-film-b', 'synthetic-film-c', 'mulholland-drive')
            $films[2].AverageRating | Should -Be 4.26
            $films[1].AverageRating | Should -BeNullOrEmpty
            Get-RequestedPath | Should -Be @('/film/synthetic-film-a/', '/film/synthetic-film-a/similar/')
        }

        It 'gives film-not-found for an unknown film and goes on with the next' {
            $films = @(Find-LetterboxdFilm -SimilarTo no-such-film, synthetic-film-a -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue)

            $films.Count | Should -Be 3
            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdFilmNotFound,*'
        }
    }

    Context 'with bad filters' {
        It 'refuses <Case> with <Id> before any request' -TestCases @(
            @{ Case = 'a genre with a slash'; Arguments = @{ Genre = 'crime/drama' }; Id = 'LetterboxdInvalidGenre' }
            @{ Case = 'an excluded genre with a percent sign'; Arguments = @{ ExcludeGenre = '%2F' }; Id = 'LetterboxdInvalidGenre' }
            @{ Case = 'a service with a query'; Arguments = @{ Service = 'netflix?x=1' }; Id = 'LetterboxdInvalidStreamingService' }
            @{ Case = 'a decade that is no decade'; Arguments = @{ Decade = '1965' }; Id = 'LetterboxdInvalidDecade' }
            @{ Case = 'a year and a decade'; Arguments = @{ Year = 1965; Decade = '1960s' }; Id = 'LetterboxdInvalidDecade' }
            @{ Case = 'a year before films'; Arguments = @{ Year = 1800 }; Id = 'LetterboxdInvalidYear' }
        ) {
            Find-LetterboxdFilm @Arguments -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures[0].FullyQualifiedErrorId | Should -BeLike "$Id,*"
            $failures[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            Get-RequestedPath | Should -BeNullOrEmpty
        }
    }
}
