param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')

    # The verified facts of a captured page, from facts.json beside the captures.
    function Get-PageFact([string] $File) {
        $facts = Get-Content -Raw (Join-Path $CapturedPages 'facts.json') | ConvertFrom-Json
        ($facts.pages | Where-Object file -EQ $File).facts
    }
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'Get-LetterboxdDiary' {
    BeforeEach {
        Clear-ReplayState $script:Server
        $session = New-TestSession
    }

    Context 'reading the captured diaries of three markup eras' {
        # The 2026 page is served where its og:url says (/USER/diary/), so the current address answers at once;
        # the two older pages live at /USER/films/diary/, which the reader asks after a 404 from the current one.
        It 'reads every row of <File> through the cmdlet' -TestCases @(
            @{ File = 'diary/diary-2025-02a.html'; UserName = 'sampleuser8'
                Requests = @('/sampleuser8/diary/', '/sampleuser8/films/diary/') }
            @{ File = 'diary/diary-2025-10.html'; UserName = 'sampleuser124'
                Requests = @('/sampleuser124/diary/', '/sampleuser124/films/diary/') }
            @{ File = 'diary/diary-2026-01.html'; UserName = 'sampleuser7'; Requests = @('/sampleuser7/diary/') }
        ) {
            $facts = Get-PageFact $File

            $entries = @(Get-LetterboxdDiary $UserName -First 50 -Session $session -WarningVariable warnings)

            $entries.Count | Should -Be $facts.rows
            $entries[0].Slug | Should -Be $facts.first_slug
            $entries[0].Title | Should -Be $facts.first_title
            $entries[0].WatchedDate | Should -Be ([datetime]::ParseExact($facts.first_date, 'yyyy-MM-dd', $null))
            $entries[0].Rating | Should -Be $facts.first_rating
            @($entries | Where-Object Rating).Count | Should -Be $facts.rated
            @($entries | Where-Object Liked).Count | Should -Be $facts.liked
            @($entries | Where-Object Rewatch).Count | Should -Be $facts.rewatches
            @($entries | Where-Object Reviewed).Count | Should -Be $facts.reviewed
            $entries[-1].Slug | Should -Be $facts.last_slug
            $entries.Member | Select-Object -Unique | Should -Be $UserName
            $entries.Page | Select-Object -Unique | Should -Be 1
            $warnings | Should -BeNullOrEmpty
            Get-RequestedPath | Should -Be $Requests
        }

        It 'says in the verbose stream why it asked the old address' {
            $verbose = Get-LetterboxdDiary sampleuser8 -First 1 -Session $session -Verbose 4>&1 |
                Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }

            "$verbose" | Should -BeLike "*/sampleuser8/diary/ answered 404; trying the diary's address before 2026, /sampleuser8/films/diary/*"
        }

        It 'warns, rather than failing, when a later page named by a capture was never captured' {
            $entries = @(Get-LetterboxdDiary sampleuser7 -Session $session -WarningVariable warnings -WarningAction SilentlyContinue)

            $entries.Count | Should -Be 50
            $warnings | Should -HaveCount 1
            "$warnings" | Should -BeLike '*page 2*not found*'
            Get-RequestedPath | Should -Be @('/sampleuser7/diary/', '/sampleuser7/diary/films/page/2/')
        }

        It 'gives each entry its review link, viewing id and film id' {
            $entries = @(Get-LetterboxdDiary sampleuser7 -First 2 -Session $session)

            $entries[0].ViewingId | Should -Be 1104692589
            $entries[0].LetterboxdId | Should -Be 755564
            $entries[0].ReviewUrl | Should -BeNullOrEmpty
            $entries[1].ReviewUrl.AbsolutePath | Should -Be '/sampleuser7/film/jay-kelly/'
            $entries[1].Tags | Should -HaveCount 0
        }
    }

    Context 'paging through a diary of several pages' {
        It 'returns every page in page order, fetching later pages in parallel' {
            # Pages 2 and 3 answer after 2 s; read one at a time, page 3 would be asked only after page 2's answer.
            Set-ReplayFault $script:Server @{
                pattern = '^/synthdiary/diary/films/page/[23]/$'; kind = 'latency'; latencyMs = 2000
            }

            $entries = Get-LetterboxdDiary synthdiary -Session $session -ThrottleLimit 3

            $entries.Slug | Should -Be ([char[]] 'abcdefghijklmnop' | ForEach-Object { "synthetic-film-$_" })
            $entries.Page | Select-Object -Unique | Should -Be @(1, 2, 3)
            Get-RequestGap '/synthdiary/diary/films/page/2/' '/synthdiary/diary/films/page/3/' |
                Should -BeLessThan 2000 -Because 'page 3 is asked while page 2 is in flight'
        }

        It 'makes one request for -First 5' {
            $entries = Get-LetterboxdDiary synthdiary -First 5 -Session $session

            $entries.Count | Should -Be 5
            Get-RequestedPath | Should -Be @('/synthdiary/diary/')
        }

        It 'stops fetching once -Skip and -First are satisfied' {
            $entries = Get-LetterboxdDiary synthdiary -Skip 5 -First 3 -Session $session

            $entries.Slug | Should -Be @('synthetic-film-f', 'synthetic-film-g', 'synthetic-film-h')
            Get-RequestedPath | Should -Be @('/synthdiary/diary/', '/synthdiary/diary/films/page/2/')
        }

        It 'reports the total the diary heading states with -IncludeTotalCount' {
            $output = Get-LetterboxdDiary synthdiary -First 1 -IncludeTotalCount -Session $session

            $output.Count | Should -Be 2
            $output[-1].ToString() | Should -Be 'Total count: 16'
        }

        It 'keeps the date of rows below a month heading' {
            $entries = Get-LetterboxdDiary synthdiary -Session $session

            $entries | Select-Object -First 3 | ForEach-Object { $_.WatchedDate.ToString('yyyy-MM-dd') } |
                Should -Be @('2025-12-20', '2025-12-05', '2025-11-11')
            ($entries | Where-Object Slug -EQ 'synthetic-film-n').WatchedDate | Should -Be ([datetime] '2024-02-29')
            # A calendar day, without time or zone, that reads as ISO 8601.
            $entries | ForEach-Object { $_.WatchedDate.GetType().Name } | Select-Object -Unique | Should -Be 'IsoDate'
            "$(($entries | Where-Object Slug -EQ 'synthetic-film-n').WatchedDate)" | Should -Be '2024-02-29'
        }

        It 'reads ratings as half stars, and no rating as null' {
            $entries = Get-LetterboxdDiary synthdiary -First 3 -Session $session

            $entries[0].Rating | Should -Be 4.5
            $entries[1].Rating | Should -Be 3.5
            $entries[2].Rating | Should -BeNullOrEmpty
        }

        It 'shows an entry as date, film, stars and marks' {
            $entry = Get-LetterboxdDiary synthdiary -First 1 -Session $session

            "$entry" | Should -Be '2025-12-20 Synthetic Film A (2001) ★★★★½ ♥'
        }
    }

    Context 'with -Year and -Month' {
        It 'reads one year of the diary' {
            $entries = Get-LetterboxdDiary synthdiary -Year 2025 -Session $session

            $entries.Count | Should -Be 7
            $entries.WatchedDate.Year | Select-Object -Unique | Should -Be 2025
            Get-RequestedPath | Should -Be @('/synthdiary/diary/films/for/2025/')
        }

        It 'reads one month of a year' {
            $entries = Get-LetterboxdDiary synthdiary -Year 2025 -Month 3 -Session $session

            $entries.Slug | Should -Be @('synthetic-film-d', 'synthetic-film-e', 'synthetic-film-f')
            $entries.WatchedDate.Month | Select-Object -Unique | Should -Be 3
            Get-RequestedPath | Should -Be @('/synthdiary/diary/films/for/2025/03/')
        }

        It 'refuses -Month without -Year before any request' {
            { Get-LetterboxdDiary synthdiary -Month 3 -Session $session } |
                Should -Throw -ErrorId 'LetterboxdInvalidMonth,*' -ExpectedMessage '*needs a year*'
            Get-RequestedPath | Should -BeNullOrEmpty
        }

        It 'refuses month <Month> before any request, naming it' -TestCases @(@{ Month = 0 }, @{ Month = 13 }) {
            { Get-LetterboxdDiary synthdiary -Year 2025 -Month $Month -Session $session } |
                Should -Throw -ErrorId 'LetterboxdInvalidMonth,*' -ExpectedMessage "$Month is not a month*"
            Get-RequestedPath | Should -BeNullOrEmpty
        }

        It 'refuses year <Year> before any request, naming it' -TestCases @(
            @{ Year = 1869 }, @{ Year = 25 }, @{ Year = 3000 }
        ) {
            { Get-LetterboxdDiary synthdiary -Year $Year -Session $session } |
                Should -Throw -ErrorId 'LetterboxdInvalidYear,*' -ExpectedMessage "$Year is not a year*"
            Get-RequestedPath | Should -BeNullOrEmpty
        }
    }

    Context 'when the member has no diary entries' {
        It 'returns nothing, no error and no warning' {
            $entries = Get-LetterboxdDiary emptydiary -Session $session -ErrorVariable failures -WarningVariable warnings

            $entries | Should -BeNullOrEmpty
            $failures | Should -BeNullOrEmpty
            $warnings | Should -BeNullOrEmpty
            Get-RequestedPath | Should -Be @('/emptydiary/diary/')
        }
    }

    Context 'when the member does not exist' {
        It 'writes LetterboxdMemberNotFound after asking both diary addresses and the profile, and goes on with the rest' {
            $entries = Get-LetterboxdDiary nosuchmember, synthdiary -First 1 -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

            $entries.Slug | Should -Be @('synthetic-film-a')
            $failures.Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdMemberNotFound,*'
            $failures[0].TargetObject | Should -Be 'nosuchmember'
            Get-RequestedPath | Where-Object { $_ -like '/nosuchmember/*' } |
                Should -Be @('/nosuchmember/diary/', '/nosuchmember/films/diary/', '/nosuchmember/')
        }

        It 'refuses a malformed user name before any request' {
            Get-LetterboxdDiary 'no such member' -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdInvalidUserName,*'
            Get-RequestedPath | Should -BeNullOrEmpty
        }
    }

    Context 'when the markup has drifted' {
        It 'reports LetterboxdMarkupDrift, not an empty diary, when the page names more pages but no row can be read' {
            Get-LetterboxdDiary driftdiary, synthdiary -First 1 -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures.Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdMarkupDrift,*'
            $failures[0].TargetObject | Should -Be 'driftdiary'
        }
    }

    Context 'when one row is malformed' {
        It 'skips that row with a warning naming the field and returns the others' {
            $entries = Get-LetterboxdDiary brokendiary -Session $session -WarningVariable warnings -WarningAction SilentlyContinue

            $entries.Slug | Should -Be @('synthetic-film-a', 'synthetic-film-c')
            $skipped = $warnings | Where-Object { "$_" -like '*diary row 2 (viewing 700000099) has no film slug*' }
            $skipped | Should -HaveCount 1
        }
    }

    Context 'in a pipeline' {
        It 'takes members from Get-LetterboxdUser' {
            $entries = Get-LetterboxdUser sampleuser7 -Session $session | Get-LetterboxdDiary -First 2 -Session $session

            $entries.Slug | Should -Be @('the-holdovers', 'jay-kelly')
        }

        It 'binds a user name by property name through the <Property> alias' -TestCases @(
            @{ Property = 'UserName' }, @{ Property = 'User' }, @{ Property = 'Member' }
        ) {
            $entry = [pscustomobject] @{ $Property = 'synthdiary' } | Get-LetterboxdDiary -First 1 -Session $session

            $entry.Slug | Should -Be 'synthetic-film-a'
        }

        It 'feeds its entries to Get-LetterboxdFilm by slug' {
            $films = Get-LetterboxdDiary synthdiary -First 3 -Session $session | Get-LetterboxdFilm -Session $session

            $films.Title | Should -Be @('Synthetic Film A', 'Synthetic Film B', 'Synthetic Film C')
        }

        It 'groups entries by the month they were watched' {
            $months = Get-LetterboxdDiary synthdiary -Year 2025 -Session $session |
                Group-Object { $_.WatchedDate.ToString('yyyy-MM') }

            $months.Name | Should -Be @('2025-01', '2025-03', '2025-11', '2025-12')
            $months | ForEach-Object Count | Should -Be @(1, 3, 1, 2)
        }
    }
}
