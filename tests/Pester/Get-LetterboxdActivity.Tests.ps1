param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'Get-LetterboxdActivity' {
    BeforeEach {
        Clear-ReplayState $script:Server
        $session = New-TestSession
    }

    It 'reads the feed batch after batch by its cursor until it ends' {
        $activity = @(Get-LetterboxdActivity synthmember -Session $session -WarningAction SilentlyContinue)

        $activity.ActivityId | Should -Be @(9000000104, 9000000103, 9000000102, 9000000101, 9000000100, 9000000099)
        $activity.Kind | Should -Be @('Reviewed', 'Liked', 'Followed', 'AddedToWatchlist', 'CreatedList', 'Rated')
        $activity.Page | Should -Be @(1, 1, 1, 2, 2, 2)
        Get-RequestedPath | Should -Be @(
            '/ajax/activity-pagination/synthmember/'
            '/ajax/activity-pagination/synthmember/?after=9000000102')
    }

    It 'asks for no further batch once -First is satisfied' {
        $activity = @(Get-LetterboxdActivity synthmember -First 2 -Session $session -WarningAction SilentlyContinue)

        $activity.Count | Should -Be 2
        Get-RequestedPath | Should -Be @('/ajax/activity-pagination/synthmember/')
    }

    It 'warns about a malformed entry and keeps the others' {
        $null = Get-LetterboxdActivity synthmember -First 3 -Session $session -WarningVariable warnings

        $warnings | Should -Match 'data-activity-id'
    }

    It 'pipes the films of the feed into Get-LetterboxdFilm' {
        $films = @(Get-LetterboxdActivity synthmember -Session $session -WarningAction SilentlyContinue |
            Where-Object Slug | Get-LetterboxdFilm -Session $session -ErrorAction SilentlyContinue)

        $films.Slug | Should -Contain 'mulholland-drive'
        $films.Slug | Should -Contain 'the-zone-of-interest'
    }

    It 'returns nothing and no error for a member with no activity' {
        $activity = Get-LetterboxdActivity emptymember -Session $session -ErrorVariable failures

        $activity | Should -BeNullOrEmpty
        $failures | Should -BeNullOrEmpty
    }

    It 'reads the activity of the members someone follows with -Following' {
        Get-LetterboxdActivity synthmember -Following -Session $session -ErrorAction SilentlyContinue

        # The capture has no such feed: its 404 is explained by a look at the member's profile.
        Get-RequestedPath | Should -Be @('/ajax/activity-pagination/synthmember/following/', '/synthmember/')
    }
}
