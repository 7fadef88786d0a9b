param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')

    function Get-PageFact([string] $File) {
        $facts = Get-Content -Raw (Join-Path $CapturedPages 'facts.json') | ConvertFrom-Json
        ($facts.pages | Where-Object file -EQ $File).facts
    }

    # The 2023 export as Letterboxd zips it, laid out from the loose captured files (never copied into the repository).
    $export = New-TestExport -Destination $TestDrive -Year 2023
    $folder = $export.Folder
    $zip = $export.Zip
    $odd = Join-Path $SyntheticPages 'export/odd-export'
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'Import-LetterboxdExport' {
    BeforeEach {
        Clear-ReplayState $script:Server
    }

    Context 'reading the 2023 export zip' {
        It 'returns every <Kind> row of <File>, typed' -TestCases @(
            @{ Kind = 'Diary'; File = 'export/diary-2023-09.csv'; Type = 'Rustboxd.Models.ExportDiaryEntry' }
            @{ Kind = 'Ratings'; File = 'export/ratings-2023-09.csv'; Type = 'Rustboxd.Models.ExportFilm' }
            @{ Kind = 'Reviews'; File = 'export/reviews-2023-09.csv'; Type = 'Rustboxd.Models.ExportReview' }
            @{ Kind = 'Watched'; File = 'export/watched-2023-09.csv'; Type = 'Rustboxd.Models.ExportFilm' }
            @{ Kind = 'Watchlist'; File = 'export/watchlist-2023-09.csv'; Type = 'Rustboxd.Models.ExportWatchlistEntry' }
        ) {
            $facts = Get-PageFact $File

            $rows = @(Import-LetterboxdExport $zip -Kind $Kind -ErrorVariable failures)

            $rows.Count | Should -Be $facts.rows
            $failures | Should -BeNullOrEmpty
            $rows[0] | Should -BeOfType $Type
            $rows[0].Title | Should -Be $facts.first_name
            $rows[0].Year | Should -Be $facts.first_year
            $rows.Member | Select-Object -Unique | Should -Be 'sampleuser122'
        }

        It 'gives the diary the property names of Get-LetterboxdDiary, typed' {
            $entry = Import-LetterboxdExport $zip -Kind Diary | Where-Object Rewatch | Select-Object -First 1

            $entry.WatchedDate | Should -BeOfType [Rustboxd.Models.IsoDate]
            $entry.WatchedDate | Should -Be ([datetime] '2023-09-04')
            $entry.Title | Should -Be 'An Argentinian in New York'
            $entry.Rating | Should -Be 3.5
            $entry.Rating | Should -BeOfType [decimal]
            $entry.Rewatch | Should -BeTrue
            $entry.LetterboxdUri | Should -Be 'https://boxd.it/4NJKVZ'
            , $entry.Tags | Should -BeOfType [System.Collections.Generic.IReadOnlyList[string]]
        }

        It 'sends nothing over the network' {
            $null = Import-LetterboxdExport $zip

            Get-RequestedPath | Should -BeNullOrEmpty
        }

        It 'takes files from Get-ChildItem by their path' {
            $rows = @(Get-ChildItem $folder -Filter 'watch*.csv' | Import-LetterboxdExport)

            $rows.Count | Should -Be 37
            ($rows | Group-Object { $_.GetType().Name } | ForEach-Object Name) | Should -Be @('ExportFilm', 'ExportWatchlistEntry')
        }
    }

    Context 'when rows cannot be read' {
        It 'reports each with its file and line, as a non-terminating error, and returns the rest' {
            $rows = @(Import-LetterboxdExport $odd -Kind Diary -ErrorVariable failures -ErrorAction SilentlyContinue)

            $rows.Count | Should -Be 6
            $failures.Count | Should -Be 4
            $failures | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'LetterboxdExportRowUnreadable,*' }
            $failures[0].CategoryInfo.Category | Should -Be 'ParserError'
            $failures[0].TargetObject | Should -BeLike '*odd-export:diary.csv:7'
            $failures.Exception.Line | Should -Be @(7, 8, 9, 11)
            "$($failures[1])" | Should -BeLike "diary.csv line 8 could not be read: the Rating column holds '7'*"
        }

        It 'names the columns it leaves alone in the verbose stream' {
            $verbose = Import-LetterboxdExport $odd -Kind Diary -Verbose -ErrorAction SilentlyContinue 4>&1 |
                Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }

            "$verbose" | Should -BeLike '*diary.csv: columns Rustboxd does not read, left alone: Notes*'
        }
    }

    Context 'when the path is not an export' {
        It 'says so with <Id>' -TestCases @(
            @{ Id = 'LetterboxdExportNotFound'; Path = { Join-Path $TestDrive 'missing.zip' } }
            @{ Id = 'LetterboxdExportUnreadable'; Path = { $p = Join-Path $TestDrive 'text.zip'; 'x' | Set-Content $p; $p } }
        ) {
            $path = & $Path

            Import-LetterboxdExport $path -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures[0].FullyQualifiedErrorId | Should -BeLike "$Id,*"
        }

        It 'says which kind the export lacks' {
            { Import-LetterboxdExport $zip -Kind Lists -ErrorAction Stop } | Should -Throw -ErrorId 'LetterboxdExportKindMissing,*'
        }
    }
}
