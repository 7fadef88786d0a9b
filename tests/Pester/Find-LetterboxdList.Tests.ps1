param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'Find-LetterboxdList' {
    BeforeEach {
        Clear-ReplayState $script:Server
        $session = New-TestSession
    }

    It 'reads the lists that contain a film, counts written as the site writes them' {
        $lists = @(Find-LetterboxdList synthetic-film-a -Session $session)

        $lists.Owner | Should -Be @('listmember', 'synthcritic', 'othercritic')
        $lists.LikeCount | Should -Be @(6300, 12000, 1200000)
        $lists[0].FilmCount | Should -Be 1308
        $lists[0].Url.AbsolutePath | Should -Be '/listmember/list/synthetic-favourites/'
        Get-RequestedPath | Should -Be @('/film/synthetic-film-a/lists/by/popular/')
    }

    It 'takes films from Get-LetterboxdFilm and hands lists to Get-LetterboxdList' {
        Get-LetterboxdFilm synthetic-film-a -Session $session | Find-LetterboxdList -First 1 -Session $session |
            Get-LetterboxdList -Session $session -ErrorAction SilentlyContinue -ErrorVariable failures | Out-Null

        # The list itself is not captured: the request proves its owner and slug were bound.
        Get-RequestedPath | Should -Contain '/listmember/list/synthetic-favourites/'
    }

    It 'refuses a malformed slug before any request and gives film-not-found for an unknown film' {
        Find-LetterboxdList 'a b', no-such-film -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdInvalidSlug,*'
        $failures[1].FullyQualifiedErrorId | Should -BeLike 'LetterboxdFilmNotFound,*'
        Get-RequestedPath | Should -Be @('/film/no-such-film/lists/by/popular/')
    }
}
