@{
    RootModule           = 'Rustboxd.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = 'b7f3c1e2-5a94-4d1e-9c3b-2e8f6a0d4c71'
    Author               = 'Rustboxd contributors'
    CompanyName          = 'Rustboxd contributors'
    Copyright            = '(c) Rustboxd contributors. MIT licence.'
    Description          = 'Reads public Letterboxd data (members, films, diaries, reviews, watchlists, lists, ratings) as typed PowerShell objects, through one polite session with a rate limiter, retries, a cache and request statistics.'
    PowerShellVersion    = '7.4'
    CompatiblePSEditions = @('Core')
    FormatsToProcess     = @('Rustboxd.format.ps1xml')
    CmdletsToExport      = @(
        'Get-LetterboxdUser'
        'Get-LetterboxdFilm'
        'Get-LetterboxdRatingStatistic'
        'Get-LetterboxdWatchlist'
        'Get-LetterboxdMember'
        'Get-LetterboxdTag'
        'Get-LetterboxdActivity'
        'New-LetterboxdSession'
        'Get-LetterboxdSession'
        'Get-LetterboxdDiary'
        'Get-LetterboxdList'
        'Get-LetterboxdListEntry'
        'Get-LetterboxdReview'
        'Import-LetterboxdExport'
        'Set-LetterboxdSession'
        'Export-LetterboxdConfiguration'
        'Clear-LetterboxdCache'
        'Get-LetterboxdFilmography'
        'Find-LetterboxdFilm'
        'Find-LetterboxdList'
        'Search-Letterboxd'
    )
    AliasesToExport      = @('Get-LetterboxdRatingStats')
    FunctionsToExport    = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Letterboxd', 'Film', 'Movies', 'Diary', 'Watchlist', 'Reviews', 'Ratings', 'Scraping',
                'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            # The project's public home; change it here if the repository moves.
            ProjectUri   = 'https://github.com/rustboxd/rustboxd-powershell'
            LicenseUri   = 'https://opensource.org/license/mit'
            ReleaseNotes = @'
0.1.0: members and their profiles, films by slug or a member's watched and liked films, diaries, reviews with
their full text, watchlists, lists and list entries, followers and following, tags, activity, rating histograms
of members and films; sessions with a rate limiter, retries, a cache and statistics. Console views (the rating
histogram as bars), CSV-ready objects (lists joined with '; ', ISO dates), tab completion, progress, verbose and
debug lines, MAML help and the about_Rustboxd and about_Rustboxd_Access topics.
'@
        }
    }
}
