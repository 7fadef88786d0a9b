param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

# Every parameter of an exported cmdlet with a known value set (an enum, or an [ArgumentCompleter]) completes on Tab,
# found by reflection, so a completer added later is covered without editing this file.
BeforeDiscovery {
    $manifest = if (Test-Path $ModulePath -PathType Container) { Join-Path $ModulePath 'Rustboxd.psd1' } else { $ModulePath }
    Import-Module $manifest -Force
    $completable = foreach ($command in Get-Command -Module Rustboxd -CommandType Cmdlet) {
        foreach ($parameter in $command.Parameters.Values) {
            $type = $parameter.ParameterType
            $element = if ($type.IsArray) { $type.GetElementType() } else { $type }
            $completer = $parameter.Attributes | Where-Object { $_ -is [ArgumentCompleter] }
            if ($completer -or $element.IsEnum) {
                @{ Command = $command.Name; Parameter = $parameter.Name }
            }
        }
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')

    function Get-Completion([string] $Line) {
        (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches
    }
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'Rustboxd tab completion' {
    It '<Command> -<Parameter> offers values' -ForEach $completable {
        $matches = @(Get-Completion "$Command -$Parameter ")

        $matches | Should -Not -BeNullOrEmpty
        $matches | ForEach-Object { $_.ResultType | Should -Be 'ParameterValue' }
    }

    It 'offers every half star for -Rating, and narrows them as digits are typed' {
        (Get-Completion 'Get-LetterboxdFilm -UserName x -Rating ').CompletionText |
            Should -Be @('0.5', '1', '1.5', '2', '2.5', '3', '3.5', '4', '4.5', '5')
        (Get-Completion 'Get-LetterboxdFilm -UserName x -Rating 4').CompletionText | Should -Be @('4', '4.5')
        (Get-Completion 'Get-LetterboxdFilm -UserName x -Rating 4.5').ListItemText | Should -Be '4.5 ★★★★½'
    }

    It 'offers diary years newest first, and older years once digits are typed' {
        $years = @((Get-Completion 'Get-LetterboxdDiary x -Year ').CompletionText)

        $years[0] | Should -Be ([datetime]::Today.Year).ToString()
        $years[-1] | Should -Be '2011'
        (Get-Completion 'Get-LetterboxdDiary x -Year 199').CompletionText | Should -Contain '1994'
    }

    It 'offers the twelve months with their names' {
        $months = @(Get-Completion 'Get-LetterboxdDiary x -Year 2025 -Month ')

        $months.CompletionText | Should -Be @(1..12 | ForEach-Object { "$_" })
        $months[2].ListItemText | Should -Be '3 (March)'
    }

    It 'offers the relationships, of a member and of a film, and the tag kinds' {
        # An enum parameter completes all its values: PowerShell offers an enum's names before any [ArgumentCompleter],
        # so the film's relationships (Fans, Watchers) come for a member too, and the cmdlet refuses them there.
        (Get-Completion 'Get-LetterboxdMember x -Relationship ').CompletionText |
            Should -Be @('Fans', 'Followers', 'Following', 'Watchers')
        (Get-Completion 'Get-LetterboxdMember -Slug mulholland-drive -Relationship W').CompletionText |
            Should -Be 'Watchers'
        (Get-Completion 'Get-LetterboxdTag x -Kind ').CompletionText | Should -Be @('Diary', 'Films', 'Lists', 'Reviews')
    }

    It 'offers genres to include and to exclude when browsing films' {
        (Get-Completion 'Find-LetterboxdFilm -Genre sci').CompletionText | Should -Be 'science-fiction'
        (Get-Completion 'Find-LetterboxdFilm -Genre drama -ExcludeGenre hor').CompletionText | Should -Be 'horror'
        @(Get-Completion 'Find-LetterboxdFilm -ExcludeGenre ').Count | Should -Be 19
    }

    It 'offers the decades Letterboxd browses, newest first' {
        $decades = @((Get-Completion 'Find-LetterboxdFilm -Decade ').CompletionText)

        $decades[0] | Should -Be ('{0}s' -f ([math]::Floor([datetime]::Today.Year / 10) * 10))
        $decades[-1] | Should -Be '1870s'
        (Get-Completion 'Find-LetterboxdFilm -Decade 196').CompletionText | Should -Be '1960s'
    }

    It 'offers the search types, the roles of a filmography and the kinds of an export' {
        (Get-Completion 'Search-Letterboxd x -Type ').CompletionText | Should -Be @('Film', 'List', 'Member', 'Person')
        (Get-Completion 'Get-LetterboxdFilmography x -Role Dir').CompletionText | Should -Be 'Director'
        (Get-Completion 'Import-LetterboxdExport x.zip -Kind ').CompletionText |
            Should -Be @('Comments', 'Diary', 'Likes', 'Lists', 'Profile', 'Ratings', 'Reviews', 'Watched', 'Watchlist')
    }

    It 'offers Letterboxd genres by the slug of their address' {
        $completer = [Rustboxd.Completers.GenreCompleter]::new()

        $genres = @($completer.CompleteArgument('Get-X', 'Genre', '', $null, @{}))
        $science = @($completer.CompleteArgument('Get-X', 'Genre', "'sci", $null, @{}))

        $genres.Count | Should -Be 19
        $science.CompletionText | Should -Be 'science-fiction'
        $science.ToolTip | Should -Be 'Science Fiction'
    }

    It 'never asks the site while completing' {
        Clear-ReplayState $script:Server
        $null = Get-Completion 'Get-LetterboxdFilm -UserName x -Rating '

        Get-RequestedPath | Should -BeNullOrEmpty
    }
}
