# The main job, offline: a member's profile, films, diary, network, film details, look-ups, browsing, filmographies,
# the RSS feed and the member's export, rating statistics and CSV, against the replay server that serves pages captured
# from letterboxd.com.
# Started by `./build.ps1 -Task Demo`, which builds the module, starts the server and passes its address.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [uri] $BaseUri,
    [Parameter(Mandatory)] [string] $OutputFolder,
    # The captured pages' folder, for the member's export files beside them.
    [Parameter(Mandatory)] [string] $CapturedPages
)

$ErrorActionPreference = 'Stop'
Import-Module $ModulePath
New-Item -ItemType Directory -Force -Path $OutputFolder | Out-Null

function Write-Heading([string] $Text) { Write-Host ''; Write-Host "== $Text" }

# Generous rate for a local server; every other setting keeps its polite default.
$session = New-LetterboxdSession -BaseUri $BaseUri -RequestsPerSecond 20 -Default
Write-Host "Rustboxd demo: reading captured Letterboxd pages from the replay server at $BaseUri"
Write-Host 'No request leaves this machine.'

Write-Heading 'Get-LetterboxdUser sampleuser7'
$member = Get-LetterboxdUser sampleuser7
$member | Format-List UserName, DisplayName, FilmCount, ThisYearLabel, ThisYearCount, ListCount, FollowingCount,
    FollowerCount, @{ Name = 'FavouriteFilms'; Expression = { $_.FavouriteFilms -join '; ' } } | Out-Host

Write-Heading "`$member | Get-LetterboxdFilm -First 20   (the capture holds page 1 of the member's films)"
$films = @($member | Get-LetterboxdFilm -First 20)
$films | Format-Table Title, Year, Rating, Liked, Reviewed -AutoSize | Out-Host

Write-Heading 'Get-LetterboxdDiary sampleuser7 -First 8   (the 2026 diary page)'
$diary = @(Get-LetterboxdDiary sampleuser7 -First 8)
$diary | Format-Table @{ Name = 'WatchedDate'; Expression = { $_.WatchedDate.ToString('yyyy-MM-dd') } }, Title, Year,
    Rating, Rewatch, Liked -AutoSize | Out-Host

Write-Heading 'Get-LetterboxdWatchlist sampleuser7 -First 5; Get-LetterboxdMember sampleuser7 Following -First 5'
Get-LetterboxdWatchlist sampleuser7 -First 5 | Format-Table Position, Title, Year -AutoSize | Out-Host
Get-LetterboxdMember sampleuser7 Following -First 5 | Format-Table UserName, DisplayName, FilmCount, ListCount -AutoSize |
    Out-Host

Write-Heading "Get-LetterboxdFilm mulholland-drive, the-zone-of-interest   (the two film pages in the capture)"
$details = @('mulholland-drive', 'the-zone-of-interest' | Get-LetterboxdFilm)
$details | Format-List Title, Year, @{ Name = 'Directors'; Expression = { $_.Directors -join ', ' } }, Runtime,
    AverageRating, RatingCount, @{ Name = 'Genres'; Expression = { $_.Genres -join ', ' } },
    @{ Name = 'Cast'; Expression = { ($_.Cast | Select-Object -First 3) -join '; ' } }, TmdbId, ImdbId | Out-Host

Write-Heading "The member's top-rated film is not in the capture: a not-found error, and the pipeline goes on"
$top = $films | Sort-Object Rating -Descending | Select-Object -First 1
$found = @($top, [pscustomobject]@{ Slug = 'mulholland-drive' } |
    Get-LetterboxdFilm -ErrorVariable missing -ErrorAction SilentlyContinue)
foreach ($failure in $missing) { Write-Host "  error $($failure.FullyQualifiedErrorId) for '$($failure.TargetObject)'" }
foreach ($film in $found) { Write-Host "  found $($film.Title) ($($film.Year))" }

Write-Heading 'Get-LetterboxdRatingStats sampleuser7   (from the profile, already in the cache)'
$memberRatings = Get-LetterboxdRatingStats sampleuser7
$memberRatings | Out-Host

Write-Heading 'Get-LetterboxdFilm mulholland-drive | Get-LetterboxdRatingStats   (the ratings-summary fragment)'
$filmRatings = $details[0] | Get-LetterboxdRatingStats
$filmRatings | Out-Host

Write-Heading 'Get-LetterboxdFilm -TmdbId 1018; -ImdbId tt7160372   (the id look-ups follow the redirect to the slug)'
@(Get-LetterboxdFilm -TmdbId 1018; Get-LetterboxdFilm -ImdbId tt7160372) |
    Format-Table Slug, RequestedAs, Title, Year, TmdbKind -AutoSize | Out-Host

Write-Heading "Find-LetterboxdFilm -Decade 1960s -Genre crime, drama -ExcludeGenre science-fiction -First 5"
Find-LetterboxdFilm -Decade 1960s -Genre crime, drama -ExcludeGenre science-fiction -First 5 |
    Format-Table Title, Year, Position -AutoSize | Out-Host

Write-Heading 'Get-LetterboxdFilmography michael-fassbender -Role Actor -First 5'
Get-LetterboxdFilmography michael-fassbender -Role Actor -First 5 | Format-Table Title, Year, Character -AutoSize |
    Out-Host

Write-Heading "The sanctioned routes: the member's RSS feed, and the member's own data export (offline)"
Get-LetterboxdDiary sampleuser3 -Source Rss -First 5 | Format-Table WatchedDate, Title, Year, Rating, TmdbId -AutoSize |
    Out-Host
$export = Join-Path $CapturedPages 'export/diary-2026-07.csv'
$exported = @(Import-LetterboxdExport -LiteralPath $export -Kind Diary)
Write-Host "  Import-LetterboxdExport $export -Kind Diary: $($exported.Count) diary entries"
$exported | Group-Object { $_.WatchedDate.Year } | Sort-Object Name -Descending | Select-Object -First 3 Name, Count |
    Format-Table -AutoSize | Out-Host

Write-Heading "Export-Csv into $OutputFolder"
$exports = [ordered]@{
    'sampleuser7-films.csv'   = $films | Select-Object Member, Slug, Title, Year, Rating, Liked, Reviewed, LetterboxdId
    'film-details.csv'        = $details
    'sampleuser7-ratings.csv' = $memberRatings.Histogram
    'sampleuser7-diary.csv'   = $diary
}
foreach ($name in $exports.Keys) {
    $path = Join-Path $OutputFolder $name
    $exports[$name] | Export-Csv -Path $path -NoTypeInformation
    Write-Host "  $name  $(@(Import-Csv $path).Count) rows"
}
# Whole objects export as they are: lists joined with '; ', dates in ISO form (see about_Rustboxd).
Import-Csv (Join-Path $OutputFolder 'film-details.csv') | Select-Object -First 1 Title, Directors, Genres, Countries |
    Format-List | Out-Host
Import-Csv (Join-Path $OutputFolder 'sampleuser7-diary.csv') | Select-Object -First 3 WatchedDate, Title, Rating |
    Format-Table -AutoSize | Out-Host

Write-Heading 'Get-LetterboxdSession   (what the session did)'
Get-LetterboxdSession | Format-List RequestsSent, Succeeded, Failed, Retried, ServedFromCache, CachedPages,
    MeanLatency, LimiterWait | Out-Host
