param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'Get-LetterboxdReview' {
    BeforeEach {
        Clear-ReplayState $script:Server
        $session = New-TestSession
    }

    Context 'with a member''s reviews' {
        It 'reads the captured reviews page' {
            $reviews = Get-LetterboxdReview sampleuser124 -First 2 -Session $session

            $reviews.Count | Should -Be 2
            $reviews[0].PSObject.TypeNames | Should -Contain 'Rustboxd.Models.Review'
            $reviews[0].Member | Should -Be 'sampleuser124'
            $reviews[0].Slug | Should -Be 'weapons-2025'
            $reviews[0].Title | Should -Be 'Weapons'
            $reviews[0].Year | Should -Be 2025
            $reviews[0].Rating | Should -Be 2.0
            $reviews[0].Kind | Should -Be 'Watched'
            $reviews[0].Date | Should -Be ([datetime] '2025-09-12')
            $reviews[0].LikeCount | Should -Be 15
            $reviews[0].ViewingId | Should -Be 1012371142
            $reviews[0].Url.AbsolutePath | Should -Be '/sampleuser124/film/weapons-2025/'
            $reviews[0].Text | Should -BeLike 'A mesma crítica a ser feita pra Barbarian*'
            $reviews[1].Rating | Should -BeNullOrEmpty
        }

        It 'makes one request when the reviews it returns are complete on the page' {
            Get-LetterboxdReview sampleuser124 -First 2 -Session $session | Out-Null

            Get-RequestedPath | Should -Be @('/sampleuser124/films/reviews/')
        }

        It 'returns every page in page order, fetching later pages in parallel' {
            # Pages 2 and 3 answer after 2 s; read one at a time, page 3 would be asked only after page 2's answer.
            $slowPages = @{ pattern = '^/synthmember/films/reviews/page/[23]/$'; kind = 'latency'; latencyMs = 2000 }
            Set-ReplayFault $script:Server $slowPages

            $reviews = Get-LetterboxdReview synthmember -Session $session -ThrottleLimit 3

            $reviews.Slug | Should -Be ([char[]] 'abcdefgh' | ForEach-Object { "synthetic-film-$_" })
            $reviews.Page | Should -Be @(1, 1, 1, 2, 2, 2, 3, 3)
            Get-RequestGap '/synthmember/films/reviews/page/2/' '/synthmember/films/reviews/page/3/' |
                Should -BeLessThan 2000 -Because 'page 3 is asked while page 2 is in flight'
        }

        It 'fetches the full text of each shortened review, once, and of no complete one' {
            $reviews = Get-LetterboxdReview synthmember -Session $session

            $fragments = @(Get-RequestedPath | Where-Object { $_ -like '/s/full-text/*' })
            $fragments | Sort-Object | Should -Be @('/s/full-text/viewing:900000102/', '/s/full-text/viewing:900000205/')
            $reviews[1].Text | Should -Be ("The start of a long review that the list page cuts short, ending in the " +
                "middle of a sentence that goes on here.`n`nA second paragraph with bold text`nand a line break." +
                "`n`nThe last paragraph.")
            $reviews[4].Text | Should -Be 'Another long review, cut short here, and finished here.'
            $reviews | Where-Object TextTruncated | Should -BeNullOrEmpty
        }

        It 'stops fetching once -Skip and -First are satisfied' {
            $reviews = Get-LetterboxdReview synthmember -Skip 1 -First 2 -Session $session

            $reviews.Slug | Should -Be @('synthetic-film-b', 'synthetic-film-c')
            Get-RequestedPath | Should -Be @('/synthmember/films/reviews/', '/s/full-text/viewing:900000102/')
        }

        It 'reports the total the page states with -IncludeTotalCount' {
            $output = Get-LetterboxdReview synthmember -First 1 -IncludeTotalCount -Session $session

            $output[-1].ToString() | Should -Be 'Total count: 8'
        }

        It 'reads half-star ratings, rewatches, spoilers and reviews added without a diary date' {
            $reviews = Get-LetterboxdReview synthmember -First 3 -Session $session

            $reviews.Rating | Should -Be @(4.5, 1.5, $null)
            $reviews.Kind | Should -Be @('Watched', 'Rewatched', 'Added')
            $reviews.ContainsSpoilers | Should -Be @($false, $false, $true)
            $reviews[2].Text | Should -Be 'A review that gives away the ending.'
            $reviews[0].CommentCount | Should -Be 1
        }
    }

    Context 'when the full text of a shortened review cannot be fetched' {
        It 'keeps the shortened text, warns, and goes on with the others' {
            Set-ReplayFault $script:Server @{ pattern = '^/s/full-text/viewing:900000102/$'; kind = 'status'; status = 404 }

            $reviews = Get-LetterboxdReview synthmember -First 3 -Session $session `
                -WarningVariable warnings -WarningAction SilentlyContinue

            $reviews.Count | Should -Be 3
            $reviews[1].TextTruncated | Should -BeTrue
            $reviews[1].Text | Should -Be ('The start of a long review that the list page cuts short, ' +
                'ending in the middle of a…')
            $warnings.Count | Should -Be 1
            "$($warnings[0])" | Should -BeLike "*synthmember's review of synthetic-film-b could not be fetched*"
        }
    }

    Context 'with -Liked' {
        It 'returns the reviews the member liked, each by its author' {
            $reviews = Get-LetterboxdReview synthmember -Liked -Session $session

            $reviews.Member | Should -Be @('synthcritic', 'othercritic', 'synthmember')
            $reviews.LikedBy | Select-Object -Unique | Should -Be 'synthmember'
            $reviews[1].Slug | Should -Be 'synthetic-film-a'
            $reviews[1].Url.AbsolutePath | Should -Be '/othercritic/film/synthetic-film-a/2/'
            Get-RequestedPath | Should -Be @('/synthmember/likes/reviews/')
        }

        It 'leaves LikedBy empty for the member''s own reviews' {
            (Get-LetterboxdReview synthmember -First 1 -Session $session).LikedBy | Should -BeNullOrEmpty
        }
    }

    Context 'when the member has no reviews' {
        It 'returns nothing and no error or warning' {
            $reviews = Get-LetterboxdReview emptymember -Session $session -ErrorVariable failures -WarningVariable warnings

            $reviews | Should -BeNullOrEmpty
            $failures | Should -BeNullOrEmpty
            $warnings | Should -BeNullOrEmpty
        }
    }

    Context 'when a member does not exist' {
        It 'writes a not-found error for that name and goes on with the others' {
            $reviews = Get-LetterboxdReview nosuchmember, synthmember -First 1 -Session $session `
                -ErrorVariable failures -ErrorAction SilentlyContinue

            $reviews.Member | Should -Be @('synthmember')
            $failures.Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdMemberNotFound,*'
            $failures[0].TargetObject | Should -Be 'nosuchmember'
        }
    }

    Context 'when the input is not a user name' {
        It 'refuses it before any request' {
            Get-LetterboxdReview 'bad name!' -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdInvalidUserName,*'
            Get-RequestedPath | Should -BeNullOrEmpty
        }
    }

    Context 'when the page states reviews but none can be read' {
        It 'reports markup drift, not an empty list' {
            Get-LetterboxdReview driftmember -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures.Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdMarkupDrift,*'
            $failures[0].TargetObject | Should -Be 'driftmember'
        }
    }

    Context 'with -Slug' {
        It 'reads a film''s popular reviews across pages, each by its own author, with the whole text' {
            $reviews = @(Get-LetterboxdReview -Slug synthetic-film-a -Session $session)

            $reviews.Member | Should -Be @('synthcritic', 'othercritic', 'synthmember', 'fourthcritic', 'fifthcritic')
            $reviews.Slug | Select-Object -Unique | Should -Be 'synthetic-film-a'
            $reviews.Rating | Should -Be @(4.5, 3, 5, 2, 3.5)
            $reviews[0].Text | Should -BeLike '*And here is the rest of it, which only the fragment holds.'
            $reviews[0].TextTruncated | Should -BeFalse
            $reviews[2].Url.AbsolutePath | Should -Be '/synthmember/film/synthetic-film-a/2/'
            Get-RequestedPath | Should -Be @(
                '/film/synthetic-film-a/reviews/by/activity/'
                '/s/full-text/viewing:900000301/'
                '/film/synthetic-film-a/reviews/by/activity/page/2/')
        }

        It 'reads the most recent reviews with -Sort Recent' {
            $reviews = @(Get-LetterboxdReview -Slug synthetic-film-a -Sort Recent -Session $session)

            $reviews.Member | Should -Be @('fifthcritic', 'fourthcritic')
            Get-RequestedPath | Should -Be @('/film/synthetic-film-a/reviews/by/added/')
        }

        It 'stops fetching once -First is satisfied' {
            $reviews = @(Get-LetterboxdReview -Slug synthetic-film-a -First 2 -Session $session)

            $reviews.Count | Should -Be 2
            Get-RequestedPath | Should -Not -Contain '/film/synthetic-film-a/reviews/by/activity/page/2/'
        }

        It 'takes the film from Get-LetterboxdFilm by its Slug' {
            $reviews = @(Get-LetterboxdFilm synthetic-film-a -Session $session |
                Get-LetterboxdReview -Sort Recent -Session $session)

            $reviews.Member | Should -Be @('fifthcritic', 'fourthcritic')
        }

        It 'refuses a malformed slug before any request and gives film-not-found for an unknown one' {
            Get-LetterboxdReview -Slug '../x', no-such-film -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdInvalidSlug,*'
            $failures[1].FullyQualifiedErrorId | Should -BeLike 'LetterboxdFilmNotFound,*'
            Get-RequestedPath | Should -Be @('/film/no-such-film/reviews/by/activity/')
        }
    }

    Context 'in a pipeline' {
        It 'takes members by value and by the property names UserName, User and Member' {
            $byValue = 'synthmember' | Get-LetterboxdReview -First 1 -Session $session
            $byName = [pscustomobject] @{ UserName = 'synthmember' } | Get-LetterboxdReview -First 1 -Session $session
            $byAlias = [pscustomobject] @{ Member = 'synthmember' }, [pscustomobject] @{ User = 'sampleuser124' } |
                Get-LetterboxdReview -First 1 -Session $session

            $byValue.Slug | Should -Be 'synthetic-film-a'
            $byName.Slug | Should -Be 'synthetic-film-a'
            $byAlias.Slug | Should -Be @('synthetic-film-a', 'weapons-2025')
        }

        It 'hands each review''s film to Get-LetterboxdFilm' {
            $films = Get-LetterboxdReview synthmember -First 2 -Session $session | Get-LetterboxdFilm -Session $session

            $films.Title | Should -Be @('Synthetic Film A', 'Synthetic Film B')
        }
    }
}
