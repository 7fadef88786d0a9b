param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'Get-LetterboxdList' {
    BeforeEach {
        Clear-ReplayState $script:Server
        $session = New-TestSession
    }

    Context 'when reading a member''s lists' {
        It 'reads the captured lists index' {
            $lists = Get-LetterboxdList sampleuser124 -First 12 -Session $session

            $lists.Count | Should -Be 12
            $lists[0].Title | Should -Be 'Top 12 século'
            $lists[0].Slug | Should -Be 'top-12-seculo'
            $lists[0].FilmCount | Should -Be 12
            $lists[0].Owner | Should -Be 'sampleuser124'
            $lists[0].ListId | Should -Be 65349319
            $lists[0].Url.AbsolutePath | Should -Be '/sampleuser124/list/top-12-seculo/'
            $lists.Page | Select-Object -Unique | Should -Be 1
            $lists[0].PSObject.TypeNames | Should -Contain 'Rustboxd.Models.ListSummary'
            Get-RequestedPath | Should -Be @('/sampleuser124/lists/')
        }

        It 'warns that a later page was missing and still returns what it read' {
            $lists = Get-LetterboxdList sampleuser124 -Session $session -WarningVariable warnings 3>$null

            $lists.Count | Should -Be 12
            $warnings | Should -BeLike "*page 2 of sampleuser124's lists was not found*"
        }

        It 'reads every page in page order' {
            $lists = Get-LetterboxdList listmember -Session $session

            $lists.Slug | Should -Be (@('ranked-with-notes') + (2..15 | ForEach-Object { 'synthetic-list-{0:d2}' -f $_ }))
            $lists.Page | Select-Object -Unique | Should -Be @(1, 2)
        }

        It 'returns exactly min(First, total) lists, fetching only the pages it needs (bug-log BL-14)' -TestCases @(
            @{ First = 0; Count = 0; Paths = @() }
            @{ First = 1; Count = 1; Paths = @('/listmember/lists/') }
            @{ First = 12; Count = 12; Paths = @('/listmember/lists/') }
            @{ First = 13; Count = 13; Paths = @('/listmember/lists/', '/listmember/lists/page/2/') }
            @{ First = 40; Count = 15; Paths = @('/listmember/lists/', '/listmember/lists/page/2/') }
        ) {
            $lists = @(Get-LetterboxdList listmember -First $First -Session $session)

            $lists.Count | Should -Be $Count
            @(Get-RequestedPath) | Should -Be $Paths
        }

        It 'skips with -Skip and reports the stated total with -IncludeTotalCount' {
            $output = Get-LetterboxdList listmember -Skip 12 -First 2 -IncludeTotalCount -Session $session

            $output[0..1].Slug | Should -Be @('synthetic-list-13', 'synthetic-list-14')
            $output[-1].ToString() | Should -Be 'Total count: 15'
        }

        It 'reads likes and comments written with K shorthand' {
            $first = Get-LetterboxdList listmember -First 1 -Session $session

            $first.LikeCount | Should -Be 1200
            $first.CommentCount | Should -Be 7
            $first.Description | Should -Be "Three films in order.$([Environment]::NewLine)The second has no note."
        }

        It 'reads the lists the member liked with -Liked, each owned by its own member' {
            $liked = Get-LetterboxdList listmember -Liked -Session $session

            $liked.Owner | Should -Be @('sampleuser124', 'sampleuser1')
            $liked.LikedBy | Select-Object -Unique | Should -Be 'listmember'
            $liked[1].LikeCount | Should -Be 292000
            $liked[1].CommentCount | Should -Be 3400
            Get-RequestedPath | Should -Be @('/listmember/likes/lists/')
        }

        It 'returns nothing, no error and no warning for a member with no lists' {
            $lists = Get-LetterboxdList emptylister -Session $session -ErrorVariable failures -WarningVariable warnings

            $lists | Should -BeNullOrEmpty
            $failures | Should -BeNullOrEmpty
            $warnings | Should -BeNullOrEmpty
        }

        It 'reports markup drift, not an empty result, when the page states lists but none can be read' {
            $lists = Get-LetterboxdList driftlister, listmember -First 1 -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

            $lists.Slug | Should -Be @('ranked-with-notes')
            $failures.Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdMarkupDrift,*'
            $failures[0].TargetObject | Should -Be 'driftlister'
        }

        It 'says the member does not exist when the lists index answers 404' {
            Get-LetterboxdList nosuchmember -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdMemberNotFound,*'
        }

        It 'refuses a malformed user name before any request' {
            Get-LetterboxdList 'no/such' -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdInvalidUserName,*'
            Get-RequestedPath | Should -BeNullOrEmpty
        }
    }

    Context 'when reading one list with -Slug' {
        It 'reads a ranked list with its details, and warns that its uncaptured later pages were missing' {
            $list = Get-LetterboxdList sampleuser1 official-top-250-narrative-feature-films -Session $session -WarningVariable warnings 3>$null

            $list.Title | Should -Be 'Official Top 250 Narrative Feature Films'
            $list.Ranked | Should -BeTrue
            $list.FilmCount | Should -Be 250
            $list.ListId | Should -Be 207314
            $list.Published | Should -Be ([datetime] '2013-11-08')
            $list.Tags | Should -Contain 'top 250'
            $list.Entries.Count | Should -Be 100
            $list.Entries[0].Slug | Should -Be 'harakiri'
            $list.Entries[0].Rank | Should -Be 1
            $list.Entries[0].OwnerRating | Should -Be 5
            $list.Entries[-1].Slug | Should -Be 'all-about-eve'
            $list.PSObject.TypeNames | Should -Contain 'Rustboxd.Models.FilmList'
            $warnings | Should -BeLike '*page 2 of sampleuser1''s list official-top-250-narrative-feature-films was not found*'
            Get-RequestedPath | Should -Contain '/sampleuser1/list/official-top-250-narrative-feature-films/page/2/'
        }

        It 'reads an unranked list: no ranks, positions in list order' {
            $list = Get-LetterboxdList sampleuser124 -Slug pra-nao-esquecer-de-ver -Session $session 3>$null

            $list.Ranked | Should -BeFalse
            $list.FilmCount | Should -Be 601
            $list.Entries.Count | Should -Be 100
            $list.Entries | Where-Object Rank -NE $null | Should -BeNullOrEmpty
            $list.Entries.Position | Should -Be (1..100)
            $list.Entries[0].Slug | Should -Be 'the-age-of-innocence'
        }

        It 'reads the detail view and its notes with -IncludeNotes' {
            $list = Get-LetterboxdList listmember -Slug ranked-with-notes -IncludeNotes -Session $session

            $list.Entries.Rank | Should -Be @(1, 2, 3)
            $list.Entries[0].Notes | Should -BeLike 'First of three, and the best.*'
            $list.Entries[1].Notes | Should -BeNullOrEmpty
            Get-RequestedPath | Should -Be @('/listmember/list/ranked-with-notes/detail/')
        }

        It 'leaves notes out of the grid view' {
            $list = Get-LetterboxdList listmember -Slug ranked-with-notes -Session $session

            $list.Entries | Where-Object Notes -NE $null | Should -BeNullOrEmpty
            $list.LikeCount | Should -Be 1200
            $list.CommentCount | Should -Be 7
            Get-RequestedPath | Should -Be @('/listmember/list/ranked-with-notes/')
        }

        It 'says the list is missing, not the member, when a real member has no such list' {
            Get-LetterboxdList sampleuser124 -Slug no-such-list -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdListNotFound,*'
            $failures[0].TargetObject | Should -Be 'no-such-list'
            $failures[0].Exception.Message | Should -Not -BeLike '*no member*'
            Get-RequestedPath | Should -Be @('/sampleuser124/list/no-such-list/', '/sampleuser124/')
        }

        It 'says the member does not exist when neither the list nor the member does' {
            Get-LetterboxdList nosuchmember -Slug some-list -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdMemberNotFound,*'
            $failures[0].TargetObject | Should -Be 'nosuchmember'
        }

        It 'refuses a malformed list slug before any request' -TestCases @(
            @{ Slug = 'a/b' }, @{ Slug = '..' }, @{ Slug = 'x%2Fy' }, @{ Slug = 'x?page=2' }, @{ Slug = 'Top-12' }
        ) {
            Get-LetterboxdList sampleuser124 -Slug $Slug, pra-nao-esquecer-de-ver -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue 3>$null |
                Select-Object -ExpandProperty Slug | Should -Be 'pra-nao-esquecer-de-ver'

            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdInvalidListSlug,*'
            $failures[0].TargetObject | Should -Be $Slug
            Get-RequestedPath | Where-Object { $_ -notlike '/sampleuser124/list/pra-nao-esquecer-de-ver/*' } | Should -BeNullOrEmpty
        }

        It 'warns that -First pages only the lists index' {
            $null = Get-LetterboxdList listmember -Slug ranked-with-notes -First 1 -Session $session -WarningVariable warnings 3>$null

            $warnings | Should -BeLike '*-First and -Skip count the lists*'
        }
    }

    Context 'in a pipeline' {
        It 'takes members from Get-LetterboxdUser and names from the pipeline' {
            $lists = Get-LetterboxdUser sampleuser124 -Session $session | Get-LetterboxdList -First 1 -Session $session
            $named = 'listmember' | Get-LetterboxdList -First 1 -Session $session

            $lists.Slug | Should -Be 'top-12-seculo'
            $named.Slug | Should -Be 'ranked-with-notes'
        }

        It 'takes the lists of Get-LetterboxdList from the pipeline' {
            $list = Get-LetterboxdList listmember -First 1 -Session $session | Get-LetterboxdList -Session $session

            $list.Slug | Should -Be 'ranked-with-notes'
            $list.Entries.Count | Should -Be 3
        }
    }
}
