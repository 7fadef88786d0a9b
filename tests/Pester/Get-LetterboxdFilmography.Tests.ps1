param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'Get-LetterboxdFilmography' {
    BeforeEach {
        Clear-ReplayState $script:Server
        $session = New-TestSession
    }

    It 'reads a real actor page with the characters played' {
        $output = @(Get-LetterboxdFilmography michael-fassbender -IncludeTotalCount -Session $session)

        $films = $output[0..67]
        $films[0].Slug | Should -Be 'inglourious-basterds'
        $films[0].Character | Should -Be 'LT. Archie Hicox'
        $films[0].Role | Should -Be 'Actor'
        $films[0].PersonName | Should -Be 'Michael Fassbender'
        $films[-1].Slug | Should -Be 'untitled-nancy-meyers-film'
        $output[-1].ToString() | Should -Be 'Total count: 68'
        Get-RequestedPath | Should -Be @('/actor/michael-fassbender/')
    }

    It 'reads several roles one after another, accepting a person''s address' {
        $films = @(Get-LetterboxdFilmography 'https://letterboxd.com/director/synthetic-director/' -Role Director, Actor -Session $session)

        $films.Role | Should -Be @('Director', 'Director', 'Director', 'Actor', 'Actor')
        $films[3].Character | Should -Be 'Himself, as a Cameo'
        $films[4].Character | Should -Be 'The Man Who Says As'
        Get-RequestedPath | Should -Be @('/director/synthetic-director/', '/actor/synthetic-director/')
    }

    It 'hands each film to Get-LetterboxdFilm and stops at -First' {
        $details = @(Get-LetterboxdFilmography synthetic-director -Role Director -First 1 -Session $session |
            Get-LetterboxdFilm -Session $session)

        $details.Slug | Should -Be @('synthetic-series')
    }

    It 'takes a person found by Search-Letterboxd, with the role of the page it links to' {
        Search-Letterboxd lynch -Type Person -First 1 -Session $session |
            Get-LetterboxdFilmography -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdPersonNotFound,*'
        Get-RequestedPath | Should -Contain '/director/david-lynch/'
    }

    It 'refuses a malformed slug before any request and gives person-not-found for an unknown one' {
        $films = @(Get-LetterboxdFilmography 'a b', nobody-at-all, michael-fassbender -First 1 -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue)

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdInvalidPersonSlug,*'
        $failures[1].FullyQualifiedErrorId | Should -BeLike 'LetterboxdPersonNotFound,*'
        $failures[1].TargetObject | Should -Be 'nobody-at-all'
        $films.Slug | Should -Be @('inglourious-basterds')
    }
}
