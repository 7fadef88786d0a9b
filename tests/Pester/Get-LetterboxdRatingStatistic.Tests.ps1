param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'Get-LetterboxdRatingStatistic' {
    BeforeEach {
        Clear-ReplayState $script:Server
        $session = New-TestSession
    }

    It 'reads a member''s histogram from the profile page' {
        $statistics = Get-LetterboxdRatingStatistic sampleuser7 -Session $session

        $statistics.Subject | Should -Be 'sampleuser7'
        $statistics.Count | Should -Be 329
        $statistics.Histogram.Count | Should -Be 10
        $statistics.Histogram[-1].Rating | Should -Be 5
        $statistics.Mean | Should -Be 3.47
    }

    It 'reads a film''s histogram from the ratings-summary fragment, through its alias' {
        $statistics = Get-LetterboxdRatingStats -Slug mulholland-drive -Session $session

        $statistics.Count | Should -Be 1078261
        ($statistics.Histogram | ForEach-Object Count) |
            Should -Be @(4398, 8950, 5473, 22985, 20888, 78216, 93984, 267758, 192556, 383053)
        $statistics.SiteAverage | Should -Be 4.26
        $statistics.FanCount | Should -Be 75000
        Get-RequestedPath | Should -Be @('/csi/film/mulholland-drive/ratings-summary/')
    }

    It 'takes films from Get-LetterboxdFilm by their slug' {
        $statistics = Get-LetterboxdFilm mulholland-drive -Session $session | Get-LetterboxdRatingStats -Session $session

        $statistics.Subject | Should -Be 'mulholland-drive'
    }
}
