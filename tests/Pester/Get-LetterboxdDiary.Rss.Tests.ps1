param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')

    function Get-PageFact([string] $File) {
        $facts = Get-Content -Raw (Join-Path $CapturedPages 'facts.json') | ConvertFrom-Json
        ($facts.pages | Where-Object file -EQ $File).facts
    }
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'Get-LetterboxdDiary -Source Rss' {
    BeforeEach {
        Clear-ReplayState $script:Server
        $session = New-TestSession
    }

    Context 'reading the captured feed' {
        It 'returns its diary items as the same DiaryEntry objects as the diary pages, in one request' {
            $facts = Get-PageFact 'rss/user-rss-2025-12.xml'
            $dated = ([regex]::Matches((Get-Content -Raw (Join-Path $CapturedPages 'rss/user-rss-2025-12.xml')), '<letterboxd:watchedDate>')).Count

            $entries = @(Get-LetterboxdDiary sampleuser3 -Source Rss -Session $session)

            $entries.Count | Should -Be $dated
            $entries[0] | Should -BeOfType ([Rustboxd.Models.DiaryEntry])
            $entries[0].WatchedDate | Should -Be ([datetime] $facts.first_watched_date)
            $entries[0].Rating | Should -Be $facts.first_rating
            $entries[0].Slug | Should -Be 'the-passion-according-to-gh'
            $entries[0].Year | Should -Be 2023
            $entries[0].TmdbId | Should -Be 566268
            $entries[0].ReviewText | Should -BeLike 'Carvalho is working so hard*'
            $entries[0].Reviewed | Should -BeTrue
            @($entries | Where-Object Rating).Count | Should -Be $facts.rated
            @($entries | Where-Object Rewatch).Count | Should -Be $facts.rewatches
            $entries.Member | Select-Object -Unique | Should -Be 'sampleuser3'
            Get-RequestedPath | Should -Be @('/sampleuser3/rss/')
        }

        It 'applies -First without another request' {
            $entries = @(Get-LetterboxdDiary sampleuser3 -Source Rss -First 3 -Session $session)

            $entries.Count | Should -Be 3
            Get-RequestedPath | Should -Be @('/sampleuser3/rss/')
        }
    }

    Context 'reading a feed with spoilers, likes, watches and a broken item' {
        It 'flags each entry and warns about the item it skips' {
            $entries = @(Get-LetterboxdDiary synthfeed -Source Rss -Session $session -WarningVariable warnings -WarningAction SilentlyContinue)

            $entries.Slug | Should -Be @('synthetic-spoiler-film', 'synthetic-quiet-film', 'synthetic-series', 'undated-synthetic-film')
            $entries[0].ContainsSpoilers | Should -BeTrue
            $entries[0].Liked | Should -BeTrue
            $entries[0].Rewatch | Should -BeTrue
            $entries[1].Reviewed | Should -BeFalse
            $entries[1].ReviewText | Should -BeNullOrEmpty
            $entries[2].TmdbId | Should -Be 900303
            "$warnings" | Should -BeLike '*Not A Film*no film link*'
        }

        It 'keeps only the entries of -Year and -Month' {
            $entries = @(Get-LetterboxdDiary synthfeed -Source Rss -Year 2025 -Month 12 -Session $session -WarningAction SilentlyContinue)

            $entries.Slug | Should -Be @('synthetic-spoiler-film', 'synthetic-quiet-film')
        }
    }

    Context 'when the feed cannot be read' {
        It 'reports an unknown member as LetterboxdMemberNotFound' {
            Get-LetterboxdDiary nosuchmember -Source Rss -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdMemberNotFound,*'
            Get-RequestedPath | Should -Be @('/nosuchmember/rss/')
        }

        It 'reports a feed whose items cannot be read as markup drift, not as an empty diary' {
            { Get-LetterboxdDiary driftfeed -Source Rss -Session $session -ErrorAction Stop -WarningAction SilentlyContinue } |
                Should -Throw -ErrorId 'LetterboxdMarkupDrift,*'
        }
    }
}
