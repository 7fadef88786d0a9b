param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

# Every type an exported cmdlet declares in [OutputType], and every Rustboxd type those carry (a film's cast, a
# member's favourite films), found by reflection: a type added later is covered without editing this file, and
# fails here until it has views (src/Rustboxd/Formats/Views.psd1) and a sample (the table in BeforeAll).
BeforeDiscovery {
    $manifest = if (Test-Path $ModulePath -PathType Container) { Join-Path $ModulePath 'Rustboxd.psd1' } else { $ModulePath }
    Import-Module $manifest -Force
    # Only Rustboxd's own types need Rustboxd views: a .NET type in an [OutputType] (System.IO.FileInfo from
    # Export-LetterboxdConfiguration -PassThru) has PowerShell's, and System.Void is no output at all.
    function Test-OwnType([type] $Type) {
        $Type -and $Type -ne [void] -and $Type.Assembly.GetName().Name -like 'Rustboxd*'
    }

    $outputTypes = @(Get-Command -Module Rustboxd -CommandType Cmdlet | ForEach-Object OutputType | ForEach-Object Type |
        Where-Object { Test-OwnType $_ } | Sort-Object FullName -Unique)

    # A collection (a ValueList, Film.CrewByJob's CrewJobs dictionary) is not a record to view: PowerShell shows its
    # items, Export-Csv writes it as one cell of its own text (checked with the object that carries it), and the
    # types of its items are followed instead.
    function Get-CarriedType([type] $Type, [Collections.Generic.HashSet[type]] $Seen) {
        foreach ($property in $Type.GetProperties()) {
            $candidate = $property.PropertyType
            if ($candidate.IsGenericType) { $candidate = $candidate.GetGenericArguments()[-1] }
            $record = $candidate.IsClass -and -not [Collections.IEnumerable].IsAssignableFrom($candidate)
            if ((Test-OwnType $candidate) -and $record -and -not $candidate.IsGenericType -and $Seen.Add($candidate)) {
                $candidate
                Get-CarriedType $candidate $Seen
            }
        }
    }

    $seen = [Collections.Generic.HashSet[type]]::new([type[]] $outputTypes)
    $carried = @($outputTypes | ForEach-Object { Get-CarriedType $_ $seen } | Sort-Object FullName -Unique)
    $cases = @(
        $outputTypes | ForEach-Object { @{ TypeName = $_.FullName; Name = $_.Name; Output = $true } }
        $carried | ForEach-Object { @{ TypeName = $_.FullName; Name = $_.Name; Output = $false } }
    )
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
    $session = New-TestSession

    # Real objects of every output type, read through the replay server from the captured and synthetic pages, and
    # from the captured exports laid out as Letterboxd zips them (comments and liked reviews only exist in the
    # synthetic odd export).
    $quiet = @{ Session = $session; WarningAction = 'SilentlyContinue' }
    $export2023 = New-TestExport -Destination $TestDrive -Year 2023
    $export2026 = New-TestExport -Destination $TestDrive -Year 2026
    $oddExport = Join-Path $SyntheticPages 'export/odd-export'
    $producers = @(
        { Get-LetterboxdUser sampleuser7, sampleuser124 @quiet }
        { Get-LetterboxdFilm mulholland-drive, the-zone-of-interest @quiet }
        { Get-LetterboxdFilm mulholland-drive -IncludeStatistics @quiet }
        { Get-LetterboxdFilm -UserName sampleuser7 -First 5 @quiet }
        { Find-LetterboxdFilm -Decade 1960s -Genre crime, drama -ExcludeGenre science-fiction -First 5 @quiet }
        { Search-Letterboxd mulholland -First 3 @quiet }
        { Search-Letterboxd lynch -Type Person @quiet }
        { Get-LetterboxdFilmography michael-fassbender -First 5 @quiet }
        { Get-LetterboxdDiary sampleuser7 -First 5 @quiet }
        { Get-LetterboxdReview sampleuser124 -First 2 @quiet }
        { Get-LetterboxdWatchlist sampleuser7 -First 5 @quiet }
        { Get-LetterboxdList sampleuser124 -First 3 @quiet }
        { Get-LetterboxdList listmember -Slug ranked-with-notes -IncludeNotes @quiet }
        { Get-LetterboxdListEntry listmember ranked-with-notes -IncludeNotes @quiet }
        { Get-LetterboxdMember sampleuser7 Following -First 5 @quiet }
        { Get-LetterboxdTag synthmember @quiet }
        { Get-LetterboxdActivity synthmember -First 5 @quiet }
        { Get-LetterboxdRatingStatistic sampleuser7 @quiet; Get-LetterboxdRatingStatistic -Slug mulholland-drive @quiet }
        { Get-LetterboxdSession $session }
        { New-LetterboxdSession -BaseUri $script:Server.BaseUri }
        { Import-LetterboxdExport $export2023.Zip }
        { Import-LetterboxdExport $export2026.Zip -IncludeRemoved }
        { Import-LetterboxdExport $oddExport -Kind Comments, Likes -ErrorAction SilentlyContinue }
    )
    $objects = @($producers | ForEach-Object { & $_ })

    # Objects of the carried types, taken from the output objects' own properties.
    function Get-CarriedObject($Object, [int] $Depth = 0) {
        if ($Depth -gt 2) { return }
        foreach ($property in $Object.GetType().GetProperties()) {
            foreach ($value in @($property.GetValue($Object))) {
                if ($null -ne $value -and $value.GetType().Assembly.GetName().Name -like 'Rustboxd*' -and
                    $value.GetType().IsClass -and $value -isnot [Collections.IEnumerable]) {
                    $value
                    Get-CarriedObject $value ($Depth + 1)
                }
            }
        }
    }
    $objects += @($objects | ForEach-Object { Get-CarriedObject $_ })
    $samples = $objects | Group-Object { $_.GetType().FullName } -AsHashTable

    function Get-Sample([string] $TypeName) {
        $found = if ($samples.ContainsKey($TypeName)) { @($samples[$TypeName]) } else { @() }
        $found | Should -Not -BeNullOrEmpty -Because "a real $TypeName is needed to render (add a producer above)"
        $found
    }
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'Rustboxd views' {
    Context '<Name>' -ForEach $cases {
        BeforeAll {
            $views = @((Get-FormatData -TypeName $TypeName).FormatViewDefinition)
        }

        It 'has a table view and a list view' {
            $views | Should -Not -BeNullOrEmpty -Because "$TypeName needs an entry in src/Rustboxd/Formats/Views.psd1"
            @($views.Control | Where-Object { $_ -is [Management.Automation.TableControl] }).Count | Should -Be 1
            @($views.Control | Where-Object { $_ -is [Management.Automation.ListControl] }).Count | Should -Be 1
        }

        It 'lists every property in its list view' {
            $list = $views.Control | Where-Object { $_ -is [Management.Automation.ListControl] }
            $labels = @($list.Entries[0].Items.Label)
            $labels | Should -Be @(($TypeName -as [type]).GetProperties([Reflection.BindingFlags] 'Public, Instance').Name)
        }

        It 'renders real objects in its table and list views without errors' {
            $sample = Get-Sample $TypeName

            $table = $sample | Format-Table -View "$Name.Table" -DisplayError | Out-String -Width 80
            $list = $sample | Format-List -View "$Name.List" -DisplayError | Out-String -Width 80

            $table | Should -Not -Match '#ERR'
            $list | Should -Not -Match '#ERR'
            $header = ($views.Control | Where-Object { $_ -is [Management.Automation.TableControl] }).Headers[0].Label
            $table | Should -Match ([regex]::Escape($header))
            @($list -split "`n" | Where-Object { $_ -match '^\S.* : ' }).Count | Should -BeGreaterThan 0
        }

        It 'is shown with its own view by default' {
            $sample = Get-Sample $TypeName

            $default = $sample | Select-Object -First 1 | Out-String -Width 80

            $default | Should -Not -Match '#ERR'
            # The default formatter shows a list as {a, b…}: then no view matched.
            $default | Should -Not -Match '\{.*…\}'
        }
    }
}

Describe 'Rustboxd tables of output types' {
    It '<Name> shows 4 to 6 columns' -ForEach @($cases | Where-Object Output) {
        $table = (Get-FormatData -TypeName $TypeName).FormatViewDefinition.Control |
            Where-Object { $_ -is [Management.Automation.TableControl] }

        $table.Headers.Count | Should -BeGreaterOrEqual 4
        $table.Headers.Count | Should -BeLessOrEqual 6
    }
}

Describe 'Get-LetterboxdRatingStatistic in the console' {
    It 'draws the histogram as bars, one row per half star, within 80 columns' {
        $text = Get-LetterboxdRatingStatistic sampleuser7 -Session $session | Out-String -Width 80
        $lines = @($text -split "`r?`n" | Where-Object { $_ -match '^\s*[½★]' })

        $text | Should -Match 'sampleuser7 \(member\): 329 ratings, mean 3\.47, median 3\.5'
        $lines.Count | Should -Be 10
        $lines[0] | Should -Match '^\s+½ '
        $lines[9] | Should -Match '^★★★★★ '
        $lines[7] | Should -Match ('^ ★★★★ ' + '█' * 40 + '\s+100\s+30\.4 %$')
        $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual 80 }
    }

    It 'shows several members side by side with Format-Table' {
        $text = Get-LetterboxdRatingStatistic sampleuser7, sampleuser124 -Session $session | Format-Table | Out-String

        $text | Should -Match 'sampleuser7\s+Member\s+329\s+3\.47\s+3\.5'
    }
}

Describe 'Rustboxd objects in Export-Csv' {
    Context '<Name>' -ForEach $cases {
        It 'writes readable cells: no type names, lists joined, dates in ISO form' {
            $sample = Get-Sample $TypeName

            $cells = @($sample | ConvertTo-Csv | ConvertFrom-Csv | ForEach-Object { $_.PSObject.Properties.Value })

            $cells | Should -Not -Match 'System\.' -Because 'a list or nested object written as its type name is unreadable'
            $cells | Should -Not -Match '^Rustboxd\.[\w.`\[\]]+$'
            $cells | Should -Not -Match '^\d{1,2}/\d{1,2}/\d{4}' -Because 'dates are IsoDate or IsoTimestamp'
        }

        It 'carries its type name for views and Get-Member' {
            (Get-Sample $TypeName)[0].PSObject.TypeNames[0] | Should -Be $TypeName
        }
    }

    It 'joins lists with "; " and writes nested objects as their own text' {
        $film = Get-LetterboxdFilm mulholland-drive -Session $session | ConvertTo-Csv | ConvertFrom-Csv
        $member = Get-LetterboxdUser sampleuser7 -Session $session | ConvertTo-Csv | ConvertFrom-Csv

        $film.Genres | Should -Be 'Drama; Mystery; Thriller'
        $film.Directors | Should -Be 'David Lynch'
        $film.Cast | Should -BeLike 'Naomi Watts (Betty Elms / Diane Selwyn); Laura Harring (Rita / Camilla Rhodes); *'
        $film.Crew | Should -BeLike 'Director: David Lynch; *'
        $member.FavouriteFilms | Should -Be 'Aftersun (2022); Inherent Vice (2014); Oslo, August 31st (2011); Youth (2015)'
    }

    It 'writes ISO dates whatever the culture' {
        $culture = [cultureinfo]::CurrentCulture
        try {
            [cultureinfo]::CurrentCulture = 'de-DE'
            $diary = Get-LetterboxdDiary sampleuser7 -First 1 -Session $session | ConvertTo-Csv | ConvertFrom-Csv
            $activity = Get-LetterboxdActivity synthmember -First 1 -Session $session -WarningAction SilentlyContinue |
                ConvertTo-Csv | ConvertFrom-Csv
        }
        finally {
            [cultureinfo]::CurrentCulture = $culture
        }

        $diary.WatchedDate | Should -Be '2025-12-14'
        $activity.Date | Should -Be '2026-01-20T21:15:00Z'
    }

    It 'keeps dates typed: they compare, sort, group and convert like dates' {
        $entries = @(Get-LetterboxdDiary sampleuser7 -First 5 -Session $session)

        @($entries | Where-Object { $_.WatchedDate -ge '2025-08-01' }).Count | Should -Be 3
        ($entries | Sort-Object WatchedDate | Select-Object -First 1).WatchedDate.ToString() | Should -Be '2025-03-21'
        ($entries | Group-Object { $_.WatchedDate.Month } | Where-Object Name -EQ 12).Count | Should -Be 2
        (Get-Date $entries[0].WatchedDate).DayOfWeek | Should -Be 'Sunday'
        [datetime] $entries[0].WatchedDate | Should -Be ([datetime] '2025-12-14')
    }
}
