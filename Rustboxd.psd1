@{
    RootModule           = 'Rustboxd.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = 'b7f3c1e2-5a94-4d1e-9c3b-2e8f6a0d4c71'
    Author               = 'Rustboxd contributors'
    CompanyName          = 'Rustboxd contributors'
    Copyright            = '(c) Rustboxd contributors. MIT licence.'
    Description          = 'Reads public Letterboxd data (members, films, ratings) as typed PowerShell objects, through one polite session with a rate limiter, retries, a cache and request statistics.'
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
    )
    AliasesToExport      = @('Get-LetterboxdRatingStats')
    FunctionsToExport    = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Letterboxd', 'Film', 'Movies', 'Scraping', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://opensource.org/license/mit'
            ReleaseNotes = 'First walking skeleton: members, films, a member''s films, rating statistics, sessions.'
        }
    }
}
