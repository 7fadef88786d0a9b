param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'Get-LetterboxdListEntry' {
    BeforeEach {
        Clear-ReplayState $script:Server
        $session = New-TestSession
    }

    Context 'when reading a captured list' {
        It 'makes one request for -First 5 of a 601-film list' {
            $entries = Get-LetterboxdListEntry sampleuser124 pra-nao-esquecer-de-ver -First 5 -Session $session

            $entries.Count | Should -Be 5
            $entries[0].Slug | Should -Be 'the-age-of-innocence'
            $entries[0].Title | Should -Be 'The Age of Innocence'
            $entries[0].Year | Should -Be 1993
            $entries.Position | Should -Be (1..5)
            $entries | Where-Object Rank -NE $null | Should -BeNullOrEmpty
            $entries[0].Owner | Should -Be 'sampleuser124'
            $entries[0].ListSlug | Should -Be 'pra-nao-esquecer-de-ver'
            $entries[0].PSObject.TypeNames | Should -Contain 'Rustboxd.Models.ListEntry'
            Get-RequestedPath | Should -Be @('/sampleuser124/list/pra-nao-esquecer-de-ver/')
        }

        It 'gives each entry of a ranked list its rank and the owner''s rating' {
            $entries = Get-LetterboxdListEntry -UserName sampleuser1 -Slug official-top-250-narrative-feature-films -First 3 -Session $session

            $entries | ForEach-Object Rank | Should -Be @(1, 2, 3)
            $entries.Slug | Should -Be @('harakiri', 'the-human-condition-iii-a-soldiers-prayer', '12-angry-men')
            $entries[1].OwnerRating | Should -Be 4.5
            $entries[0].LetterboxdId | Should -Be 43015
        }

        It 'reads on past page 1 and warns when the next page is missing (bug-log BL-25)' {
            $entries = Get-LetterboxdListEntry sampleuser1 official-top-250-narrative-feature-films -Skip 99 -First 2 -Session $session -WarningVariable warnings 3>$null

            $entries.Slug | Should -Be @('all-about-eve')
            $entries[0].Rank | Should -Be 100
            Get-RequestedPath | Should -Contain '/sampleuser1/list/official-top-250-narrative-feature-films/page/2/'
            $warnings | Should -BeLike '*page 2 of*was not found*'
        }

        It 'reports the list''s stated size with -IncludeTotalCount' {
            $output = Get-LetterboxdListEntry sampleuser124 pra-nao-esquecer-de-ver -First 1 -IncludeTotalCount -Session $session

            $output[-1].ToString() | Should -Be 'Total count: 601'
        }
    }

    Context 'when reading a ranked list with notes' {
        It 'leaves notes out of the grid view' {
            $entries = Get-LetterboxdListEntry listmember ranked-with-notes -Session $session

            $entries | ForEach-Object Rank | Should -Be @(1, 2, 3)
            $entries.OwnerRating | Should -Be @(4, $null, 2.5)
            $entries | Where-Object Notes -NE $null | Should -BeNullOrEmpty
        }

        It 'reads each entry''s notes from the detail view with -IncludeNotes' {
            $entries = Get-LetterboxdListEntry listmember ranked-with-notes -IncludeNotes -Session $session

            $entries[0].Notes | Should -Be (@('First of three, and the best.', 'A second paragraph,', 'with a line break.') -join [Environment]::NewLine)
            $entries[1].Notes | Should -BeNullOrEmpty
            $entries[2].Notes | Should -Be 'Last, but still worth it.'
            Get-RequestedPath | Should -Be @('/listmember/list/ranked-with-notes/detail/')
        }
    }

    Context 'in a pipeline' {
        It 'takes lists from Get-LetterboxdList by property name (Owner and Slug)' {
            $entries = Get-LetterboxdList listmember -Liked -Session $session |
                Select-Object -Last 1 |
                Get-LetterboxdListEntry -First 2 -Session $session

            $entries.Owner | Select-Object -Unique | Should -Be 'sampleuser1'
            $entries.Slug | Should -Be @('harakiri', 'the-human-condition-iii-a-soldiers-prayer')
        }

        It 'streams entries into Get-LetterboxdFilm, which binds the film''s slug' {
            $films = Get-LetterboxdListEntry listmember ranked-with-notes -Session $session | Get-LetterboxdFilm -Session $session

            $films.Title | Should -Be @('Synthetic Film A', 'Synthetic Film B', 'Synthetic Film C')
        }
    }

    Context 'when the input is wrong' {
        It 'says the list is missing when the member exists' {
            Get-LetterboxdListEntry sampleuser124 no-such-list -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdListNotFound,*'
        }

        It 'refuses a malformed slug before any request' -TestCases @(
            @{ Slug = '../sampleuser124' }, @{ Slug = 'a%2F..' }, @{ Slug = 'x?y=1' }, @{ Slug = '' }
        ) {
            Get-LetterboxdListEntry sampleuser124 $Slug -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdInvalidListSlug,*'
            Get-RequestedPath | Should -BeNullOrEmpty
        }

        It 'refuses a malformed user name before any request' {
            Get-LetterboxdListEntry 'x' pra-nao-esquecer-de-ver -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdInvalidUserName,*'
            Get-RequestedPath | Should -BeNullOrEmpty
        }
    }
}
