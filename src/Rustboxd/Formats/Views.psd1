# The console views of every type Rustboxd emits or carries, one entry per type. tools/New-RustboxdFormat.ps1 turns
# this table into Rustboxd.format.ps1xml when build.ps1 stages the module. Each type gets:
#   - a table view (Format-Table, and the default display) of the columns listed under Table: 4-6 of them, sized
#     to fit an 80-column console, the widest (a title, a description) left without a Width to take what is left;
#   - a list view (Format-List) of every public property, generated from the type itself, lists joined by '; ';
#   - with Custom, a custom view that becomes the default display instead of the table (a script returning text).
# A column is a property name, or a hashtable: Label, then Property (a name) or Script (PowerShell over $_),
# optional Width and Align (Left, Right, Center). Ratings are drawn as stars with [Rustboxd.Formatting.Stars]::Of.
# A new output type needs an entry here; the Pester test 'Rustboxd views' names any type that has none.
@{
    # Get-LetterboxdUser
    'Rustboxd.Models.Member'             = @{
        Table = @(
            @{ Label = 'UserName'; Property = 'UserName'; Width = 16 }
            @{ Label = 'DisplayName'; Property = 'DisplayName' }
            @{ Label = 'Films'; Property = 'FilmCount'; Width = 6; Align = 'Right' }
            @{ Label = 'Lists'; Property = 'ListCount'; Width = 6; Align = 'Right' }
            @{ Label = 'Following'; Property = 'FollowingCount'; Width = 9; Align = 'Right' }
            @{ Label = 'Followers'; Property = 'FollowerCount'; Width = 9; Align = 'Right' }
        )
    }

    # Get-LetterboxdFilm -Slug
    'Rustboxd.Models.Film'               = @{
        Table = @(
            @{ Label = 'Title'; Property = 'Title' }
            @{ Label = 'Year'; Property = 'Year'; Width = 4 }
            @{ Label = 'Directors'; Script = '$_.Directors -join ", "'; Width = 18 }
            @{ Label = 'Runtime'; Property = 'Runtime'; Width = 7; Align = 'Right' }
            @{ Label = 'Rating'; Property = 'AverageRating'; Width = 6; Align = 'Right' }
            @{ Label = 'Genres'; Script = '$_.Genres -join ", "'; Width = 16 }
        )
    }

    # Get-LetterboxdFilm -UserName
    'Rustboxd.Models.MemberFilm'         = @{
        Table = @(
            @{ Label = 'Title'; Property = 'Title' }
            @{ Label = 'Year'; Property = 'Year'; Width = 4 }
            @{ Label = 'Rating'; Script = '[Rustboxd.Formatting.Stars]::Of($_.Rating)'; Width = 6 }
            @{ Label = 'Liked'; Property = 'Liked'; Width = 5 }
            @{ Label = 'Reviewed'; Property = 'Reviewed'; Width = 8 }
            @{ Label = 'Member'; Property = 'Member'; Width = 15 }
        )
    }

    # Get-LetterboxdDiary
    'Rustboxd.Models.DiaryEntry'         = @{
        Table = @(
            @{ Label = 'WatchedDate'; Property = 'WatchedDate'; Width = 11 }
            @{ Label = 'Title'; Property = 'Title' }
            @{ Label = 'Year'; Property = 'Year'; Width = 4 }
            @{ Label = 'Rating'; Script = '[Rustboxd.Formatting.Stars]::Of($_.Rating)'; Width = 6 }
            @{ Label = 'Rewatch'; Property = 'Rewatch'; Width = 7 }
            @{ Label = 'Liked'; Property = 'Liked'; Width = 5 }
        )
    }

    # Get-LetterboxdReview
    'Rustboxd.Models.Review'             = @{
        Table = @(
            @{ Label = 'Date'; Property = 'Date'; Width = 10 }
            @{ Label = 'Title'; Property = 'Title'; Width = 20 }
            @{ Label = 'Year'; Property = 'Year'; Width = 4 }
            @{ Label = 'Rating'; Script = '[Rustboxd.Formatting.Stars]::Of($_.Rating)'; Width = 6 }
            @{ Label = 'Member'; Property = 'Member'; Width = 14 }
            @{ Label = 'Text'; Script = '$_.Text -replace "\s+", " "' }
        )
    }

    # Get-LetterboxdWatchlist
    'Rustboxd.Models.WatchlistEntry'     = @{
        Table = @(
            @{ Label = '#'; Property = 'Position'; Width = 5; Align = 'Right' }
            @{ Label = 'Title'; Property = 'Title' }
            @{ Label = 'Year'; Property = 'Year'; Width = 4 }
            @{ Label = 'Member'; Property = 'Member'; Width = 15 }
        )
    }

    # Get-LetterboxdList -UserName
    'Rustboxd.Models.ListSummary'        = @{
        Table = @(
            @{ Label = 'Title'; Property = 'Title' }
            @{ Label = 'Owner'; Property = 'Owner'; Width = 15 }
            @{ Label = 'Films'; Property = 'FilmCount'; Width = 6; Align = 'Right' }
            @{ Label = 'Likes'; Property = 'LikeCount'; Width = 6; Align = 'Right' }
            @{ Label = 'Comments'; Property = 'CommentCount'; Width = 8; Align = 'Right' }
        )
    }

    # Get-LetterboxdList -Slug
    'Rustboxd.Models.FilmList'           = @{
        Table = @(
            @{ Label = 'Title'; Property = 'Title' }
            @{ Label = 'Owner'; Property = 'Owner'; Width = 15 }
            @{ Label = 'Films'; Property = 'FilmCount'; Width = 6; Align = 'Right' }
            @{ Label = 'Ranked'; Property = 'Ranked'; Width = 6 }
            @{ Label = 'Published'; Property = 'Published'; Width = 10 }
            @{ Label = 'Updated'; Property = 'Updated'; Width = 10 }
        )
    }

    # Get-LetterboxdListEntry, and FilmList.Entries
    'Rustboxd.Models.ListEntry'          = @{
        Table = @(
            @{ Label = '#'; Script = '$_.Rank ?? $_.Position'; Width = 5; Align = 'Right' }
            @{ Label = 'Title'; Property = 'Title' }
            @{ Label = 'Year'; Property = 'Year'; Width = 4 }
            @{ Label = 'Rating'; Script = '[Rustboxd.Formatting.Stars]::Of($_.OwnerRating)'; Width = 6 }
            @{ Label = 'Notes'; Script = '$_.Notes -replace "\s+", " "'; Width = 24 }
        )
    }

    # Get-LetterboxdMember
    'Rustboxd.Models.MemberSummary'      = @{
        Table = @(
            @{ Label = 'UserName'; Property = 'UserName'; Width = 16 }
            @{ Label = 'DisplayName'; Property = 'DisplayName' }
            @{ Label = 'Films'; Property = 'FilmCount'; Width = 6; Align = 'Right' }
            @{ Label = 'Lists'; Property = 'ListCount'; Width = 6; Align = 'Right' }
            @{ Label = 'Following'; Property = 'FollowingCount'; Width = 9; Align = 'Right' }
            @{ Label = 'Followers'; Property = 'FollowerCount'; Width = 9; Align = 'Right' }
        )
    }

    # Get-LetterboxdTag
    'Rustboxd.Models.MemberTag'          = @{
        Table = @(
            @{ Label = 'Kind'; Property = 'Kind'; Width = 8 }
            @{ Label = 'Name'; Property = 'Name' }
            @{ Label = 'Count'; Property = 'Count'; Width = 6; Align = 'Right' }
            @{ Label = 'Member'; Property = 'Member'; Width = 15 }
        )
    }

    # Get-LetterboxdActivity
    'Rustboxd.Models.ActivityItem'       = @{
        Table = @(
            @{ Label = 'Date'; Property = 'Date'; Width = 20 }
            @{ Label = 'Kind'; Property = 'Kind'; Width = 16 }
            @{ Label = 'Rating'; Script = '[Rustboxd.Formatting.Stars]::Of($_.Rating)'; Width = 6 }
            @{ Label = 'Description'; Property = 'Description' }
        )
    }

    # Get-LetterboxdRatingStatistic: the histogram as bars by default; Format-Table for several at a glance.
    'Rustboxd.Models.RatingStatistics'   = @{
        Custom = '[Rustboxd.Formatting.RatingChart]::Render($_)'
        Table  = @(
            @{ Label = 'Subject'; Property = 'Subject' }
            @{ Label = 'Kind'; Property = 'SubjectKind'; Width = 6 }
            @{ Label = 'Count'; Property = 'Count'; Width = 9; Align = 'Right' }
            @{ Label = 'Mean'; Property = 'Mean'; Width = 5; Align = 'Right' }
            @{ Label = 'Median'; Property = 'Median'; Width = 6; Align = 'Right' }
            @{ Label = 'SiteAverage'; Property = 'SiteAverage'; Width = 11; Align = 'Right' }
        )
    }

    # RatingStatistics.Histogram
    'Rustboxd.Models.RatingBucket'       = @{
        Table = @(
            @{ Label = 'Rating'; Property = 'Rating'; Width = 6; Align = 'Right' }
            @{ Label = 'Stars'; Script = '[Rustboxd.Formatting.Stars]::Of($_.Rating)'; Width = 5; Align = 'Right' }
            @{ Label = 'Count'; Property = 'Count'; Width = 9; Align = 'Right' }
            @{ Label = 'Percent'; Property = 'Percent'; Width = 7; Align = 'Right' }
            @{ Label = 'Share'; Script = '[Rustboxd.Formatting.RatingChart]::Bar($_.Percent * 10, 1000, 40)' }
        )
    }

    # Member.FavouriteFilms
    'Rustboxd.Models.FilmSummary'        = @{
        Table = @(
            @{ Label = 'Title'; Property = 'Title' }
            @{ Label = 'Year'; Property = 'Year'; Width = 4 }
            @{ Label = 'Slug'; Property = 'Slug'; Width = 30 }
            @{ Label = 'LetterboxdId'; Property = 'LetterboxdId'; Width = 12; Align = 'Right' }
        )
    }

    # Film.Cast
    'Rustboxd.Models.CastCredit'         = @{
        Table = @(
            @{ Label = 'Name'; Property = 'Name'; Width = 28 }
            @{ Label = 'Role'; Property = 'Role' }
            @{ Label = 'Slug'; Property = 'Slug'; Width = 28 }
        )
    }

    # Film.Crew
    'Rustboxd.Models.CrewCredit'         = @{
        Table = @(
            @{ Label = 'Job'; Property = 'Job'; Width = 22 }
            @{ Label = 'Name'; Property = 'Name' }
            @{ Label = 'Slug'; Property = 'Slug'; Width = 28 }
        )
    }

    # Find-LetterboxdFilm, Search-Letterboxd (films)
    'Rustboxd.Models.FilmListing'        = @{
        Table = @(
            @{ Label = '#'; Property = 'Position'; Width = 4; Align = 'Right' }
            @{ Label = 'Title'; Property = 'Title' }
            @{ Label = 'Year'; Property = 'Year'; Width = 4 }
            @{ Label = 'Directors'; Script = '$_.Directors -join ", "'; Width = 22 }
            @{ Label = 'Rating'; Property = 'AverageRating'; Width = 6; Align = 'Right' }
        )
    }

    # Get-LetterboxdFilmography
    'Rustboxd.Models.FilmographyEntry'   = @{
        Table = @(
            @{ Label = 'Year'; Property = 'Year'; Width = 4 }
            @{ Label = 'Title'; Property = 'Title' }
            @{ Label = 'Role'; Property = 'Role'; Width = 10 }
            @{ Label = 'Character'; Property = 'Character'; Width = 20 }
            @{ Label = 'Person'; Script = '$_.PersonName ?? $_.Person'; Width = 16 }
        )
    }

    # Search-Letterboxd -Type Person
    'Rustboxd.Models.PersonSummary'      = @{
        Table = @(
            @{ Label = '#'; Property = 'Position'; Width = 3; Align = 'Right' }
            @{ Label = 'Name'; Property = 'Name'; Width = 18 }
            @{ Label = 'Role'; Property = 'Role'; Width = 10 }
            @{ Label = 'PersonSlug'; Property = 'PersonSlug'; Width = 18 }
            @{ Label = 'Summary'; Property = 'Summary' }
        )
    }

    # Film.Statistics (Get-LetterboxdFilm -IncludeStatistics)
    'Rustboxd.Models.FilmStatistics'     = @{
        Table = @(
            @{ Label = 'Slug'; Property = 'Slug' }
            @{ Label = 'Watched'; Property = 'WatchedCount'; Width = 10; Align = 'Right' }
            @{ Label = 'Fans'; Property = 'FanCount'; Width = 8; Align = 'Right' }
            @{ Label = 'Likes'; Property = 'LikeCount'; Width = 9; Align = 'Right' }
            @{ Label = 'Lists'; Property = 'ListCount'; Width = 8; Align = 'Right' }
            @{ Label = 'Reviews'; Property = 'ReviewCount'; Width = 8; Align = 'Right' }
        )
    }

    # Import-LetterboxdExport -Kind Diary
    'Rustboxd.Models.ExportDiaryEntry'   = @{
        Table = @(
            @{ Label = 'WatchedDate'; Property = 'WatchedDate'; Width = 11 }
            @{ Label = 'Title'; Property = 'Title' }
            @{ Label = 'Year'; Property = 'Year'; Width = 4 }
            @{ Label = 'Rating'; Script = '[Rustboxd.Formatting.Stars]::Of($_.Rating)'; Width = 6 }
            @{ Label = 'Rewatch'; Property = 'Rewatch'; Width = 7 }
            @{ Label = 'Status'; Property = 'Status'; Width = 8 }
        )
    }

    # Import-LetterboxdExport -Kind Ratings, Watched, Likes (films)
    'Rustboxd.Models.ExportFilm'         = @{
        Table = @(
            @{ Label = 'Title'; Property = 'Title' }
            @{ Label = 'Year'; Property = 'Year'; Width = 4 }
            @{ Label = 'Rating'; Script = '[Rustboxd.Formatting.Stars]::Of($_.Rating)'; Width = 6 }
            @{ Label = 'Liked'; Property = 'Liked'; Width = 5 }
            @{ Label = 'Date'; Property = 'Date'; Width = 10 }
            @{ Label = 'Kind'; Property = 'Kind'; Width = 7 }
        )
    }

    # Import-LetterboxdExport -Kind Watchlist
    'Rustboxd.Models.ExportWatchlistEntry' = @{
        Table = @(
            @{ Label = '#'; Property = 'Position'; Width = 5; Align = 'Right' }
            @{ Label = 'Title'; Property = 'Title' }
            @{ Label = 'Year'; Property = 'Year'; Width = 4 }
            @{ Label = 'Added'; Property = 'Date'; Width = 10 }
            @{ Label = 'Member'; Property = 'Member'; Width = 15 }
        )
    }

    # Import-LetterboxdExport -Kind Reviews
    'Rustboxd.Models.ExportReview'       = @{
        Table = @(
            @{ Label = 'Date'; Property = 'Date'; Width = 10 }
            @{ Label = 'Title'; Property = 'Title'; Width = 20 }
            @{ Label = 'Year'; Property = 'Year'; Width = 4 }
            @{ Label = 'Rating'; Script = '[Rustboxd.Formatting.Stars]::Of($_.Rating)'; Width = 6 }
            @{ Label = 'Kind'; Property = 'Kind'; Width = 9 }
            @{ Label = 'Text'; Script = '$_.Text -replace "\s+", " "' }
        )
    }

    # Import-LetterboxdExport -Kind Likes (reviews and lists)
    'Rustboxd.Models.ExportLike'         = @{
        Table = @(
            @{ Label = 'Subject'; Property = 'Subject'; Width = 7 }
            @{ Label = 'Title'; Property = 'Title' }
            @{ Label = 'Year'; Property = 'Year'; Width = 4 }
            @{ Label = 'Date'; Property = 'Date'; Width = 10 }
            @{ Label = 'LetterboxdUri'; Property = 'LetterboxdUri'; Width = 24 }
        )
    }

    # Import-LetterboxdExport -Kind Comments
    'Rustboxd.Models.ExportComment'      = @{
        Table = @(
            @{ Label = 'Date'; Property = 'Date'; Width = 10 }
            @{ Label = 'Member'; Property = 'Member'; Width = 14 }
            @{ Label = 'Text'; Script = '$_.Text -replace "\s+", " "' }
            @{ Label = 'Url'; Property = 'Url'; Width = 30 }
        )
    }

    # Import-LetterboxdExport -Kind Profile
    'Rustboxd.Models.ExportProfile'      = @{
        Table = @(
            @{ Label = 'UserName'; Property = 'UserName'; Width = 16 }
            @{ Label = 'DisplayName'; Property = 'DisplayName' }
            @{ Label = 'Location'; Property = 'Location'; Width = 16 }
            @{ Label = 'Joined'; Property = 'DateJoined'; Width = 10 }
            @{ Label = 'Favourites'; Script = '$_.FavouriteFilms.Count'; Width = 10; Align = 'Right' }
        )
    }

    # Import-LetterboxdExport -Kind Lists
    'Rustboxd.Models.ExportList'         = @{
        Table = @(
            @{ Label = 'Title'; Property = 'Title' }
            @{ Label = 'Owner'; Property = 'Owner'; Width = 15 }
            @{ Label = 'Films'; Property = 'FilmCount'; Width = 6; Align = 'Right' }
            @{ Label = 'Published'; Property = 'Published'; Width = 10 }
            @{ Label = 'Status'; Property = 'Status'; Width = 8 }
        )
    }

    # ExportList.Entries
    'Rustboxd.Models.ExportListEntry'    = @{
        Table = @(
            @{ Label = '#'; Property = 'Position'; Width = 5; Align = 'Right' }
            @{ Label = 'Title'; Property = 'Title' }
            @{ Label = 'Year'; Property = 'Year'; Width = 4 }
            @{ Label = 'Notes'; Script = '$_.Notes -replace "\s+", " "'; Width = 30 }
        )
    }

    # Get-LetterboxdSession
    'Rustboxd.Sessions.SessionSummary'   = @{
        Table = @(
            @{ Label = 'BaseUri'; Property = 'BaseUri' }
            @{ Label = 'Rate/s'; Property = 'CurrentRequestsPerSecond'; Width = 6; Align = 'Right' }
            @{ Label = 'Sent'; Property = 'RequestsSent'; Width = 6; Align = 'Right' }
            @{ Label = 'FromCache'; Property = 'ServedFromCache'; Width = 9; Align = 'Right' }
            @{ Label = 'Retried'; Property = 'Retried'; Width = 7; Align = 'Right' }
            @{ Label = 'Failed'; Property = 'Failed'; Width = 6; Align = 'Right' }
        )
    }

    # LetterboxdSession.Options
    'Rustboxd.Sessions.SessionOptions'    = @{
        Table = @(
            @{ Label = 'BaseUri'; Property = 'BaseUri' }
            @{ Label = 'Rate/s'; Property = 'RequestsPerSecond'; Width = 6; Align = 'Right' }
            @{ Label = 'Burst'; Property = 'BurstSize'; Width = 5; Align = 'Right' }
            @{ Label = 'Retries'; Property = 'MaximumRetryCount'; Width = 7; Align = 'Right' }
            @{ Label = 'Throttle'; Property = 'ThrottleLimit'; Width = 8; Align = 'Right' }
            @{ Label = 'CacheTimeToLive'; Property = 'CacheTimeToLive'; Width = 15 }
        )
    }

    # LetterboxdSession.Statistics
    'Rustboxd.Sessions.SessionStatistics' = @{
        Table = @(
            @{ Label = 'Sent'; Property = 'RequestsSent'; Width = 6; Align = 'Right' }
            @{ Label = 'Succeeded'; Property = 'Succeeded'; Width = 9; Align = 'Right' }
            @{ Label = 'Failed'; Property = 'Failed'; Width = 6; Align = 'Right' }
            @{ Label = 'Retried'; Property = 'Retried'; Width = 7; Align = 'Right' }
            @{ Label = 'FromCache'; Property = 'ServedFromCache'; Width = 9; Align = 'Right' }
            @{ Label = 'MeanLatency'; Property = 'MeanLatency' }
        )
    }

    # New-LetterboxdSession
    'Rustboxd.Sessions.LetterboxdSession' = @{
        Table = @(
            @{ Label = 'BaseUri'; Script = '$_.Options.BaseUri' }
            @{ Label = 'Rate/s'; Script = '$_.Options.RequestsPerSecond'; Width = 6; Align = 'Right' }
            @{ Label = 'Burst'; Script = '$_.Options.BurstSize'; Width = 5; Align = 'Right' }
            @{ Label = 'Retries'; Script = '$_.Options.MaximumRetryCount'; Width = 7; Align = 'Right' }
            @{ Label = 'Throttle'; Script = '$_.Options.ThrottleLimit'; Width = 8; Align = 'Right' }
            @{ Label = 'Created'; Property = 'Created'; Width = 25 }
        )
    }
}
