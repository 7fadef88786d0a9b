param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'Rustboxd module' {
    It 'exports exactly the cmdlets and alias its manifest names' {
        $manifest = Import-PowerShellDataFile $script:ModuleManifest
        $commands = Get-Command -Module Rustboxd -CommandType Cmdlet | ForEach-Object Name | Sort-Object

        $commands | Should -Be ($manifest.CmdletsToExport | Sort-Object)
        (Get-Alias Get-LetterboxdRatingStats).ResolvedCommandName | Should -Be 'Get-LetterboxdRatingStatistic'
    }

    It 'has a manifest that passes Test-ModuleManifest with the version the build stamps' {
        $info = Test-ModuleManifest $script:ModuleManifest

        $info.Version | Should -Be ([version] (Get-Module Rustboxd).Version)
        $info.PowerShellVersion | Should -Be ([version] '7.4')
    }

    It 'loads its third-party libraries into a load context of its own' {
        $angleSharp = [AppDomain]::CurrentDomain.GetAssemblies() |
            Where-Object { $_.GetName().Name -eq 'AngleSharp' -and $_.GetName().Version -eq [version] '1.10.4.0' }

        [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($angleSharp).Name | Should -Be 'Rustboxd.Dependencies'
    }

    Context 'when another module has already loaded an older AngleSharp' {
        It 'still reads film pages with its own copy' {
            $older = Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages/anglesharp/0.17.1/lib/netstandard2.0/AngleSharp.dll'
            if ($env:NUGET_PACKAGES) { $older = Join-Path $env:NUGET_PACKAGES 'anglesharp/0.17.1/lib/netstandard2.0/AngleSharp.dll' }
            $older | Should -Exist -Because 'tests/Pester/Pester.proj downloads AngleSharp 0.17.1 for this test'
            $script = @"
Add-Type -Path '$older'
Import-Module '$($script:ModuleManifest)'
`$session = New-LetterboxdSession -BaseUri '$($script:Server.BaseUri)'
`$film = Get-LetterboxdFilm mulholland-drive -Session `$session
`$versions = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq 'AngleSharp' } |
    ForEach-Object { `$_.GetName().Version.ToString(2) } | Sort-Object
"`$(`$film.Title)|`$(`$film.RatingCount)|`$(`$versions -join ',')"
"@
            $exe = [Environment]::ProcessPath
            $arguments = @('-NoProfile', '-NonInteractive', '-Command', $script)
            if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $arguments = @(Join-Path $PSHOME 'pwsh.dll') + $arguments }

            $output = & $exe @arguments 2>&1

            $output | Select-Object -Last 1 | Should -Be 'Mulholland Drive|1072467|0.17,1.10'
        }
    }
}
