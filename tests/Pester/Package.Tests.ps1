param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeAll {
    $manifest = if (Test-Path $ModulePath -PathType Container) { Join-Path $ModulePath 'Rustboxd.psd1' } else { $ModulePath }
    $staged = Split-Path $manifest
    $packager = Join-Path $PSScriptRoot '../../tools/New-RustboxdPackage.ps1'
}

Describe 'Rustboxd package' {
    BeforeAll {
        # What build.ps1 -Task Package does, into a folder of the test's own.
        $result = & $packager -ModulePath $staged -Destination (Join-Path $TestDrive 'package')
        $package = Get-Item $result.Package
        Add-Type -AssemblyName System.IO.Compression.FileSystem
        $zip = [IO.Compression.ZipFile]::OpenRead($package.FullName)
        try {
            $entries = @($zip.Entries.FullName)
            $reader = [IO.StreamReader]::new(($zip.Entries | Where-Object FullName -EQ 'Rustboxd.nuspec').Open())
            $nuspec = [xml] $reader.ReadToEnd()
            $reader.Dispose()
        }
        finally {
            $zip.Dispose()
        }
    }

    It 'is the staged module packed as Rustboxd.<version>.nupkg' {
        $version = (Import-PowerShellDataFile $manifest).ModuleVersion

        $package.Name | Should -Be "Rustboxd.$version.nupkg"
        foreach ($file in 'Rustboxd.psd1', 'Rustboxd.dll', 'Rustboxd.Core.dll', 'Rustboxd.format.ps1xml', 'LICENSE',
            'en-US/Rustboxd.dll-Help.xml', 'en-US/about_Rustboxd.help.txt', 'en-US/about_Rustboxd_Access.help.txt',
            'dependencies/AngleSharp.dll', 'dependencies/Polly.Core.dll') {
            $entries | Should -Contain $file
        }
    }

    It 'says in its nuspec what the Gallery shows: tags, project and licence links, release notes' {
        $metadata = $nuspec.package.metadata

        $metadata.id | Should -Be 'Rustboxd'
        $metadata.tags -split ' ' | Should -Contain 'Letterboxd'
        $metadata.tags -split ' ' | Should -Contain 'PSModule'
        $metadata.projectUrl | Should -Match '^https://'
        $metadata.licenseUrl | Should -Match '^https://'
        $metadata.releaseNotes | Should -Not -BeNullOrEmpty
        $metadata.description | Should -Not -BeNullOrEmpty
    }

    It 'installs from its folder with PSResourceGet and passes Test-ModuleManifest there' {
        $result.Version | Should -Be $result.ManifestVersion
        $result.ImportedFrom | Should -BeLike '*Rustboxd*'
        if (-not $IsWindows) { $result.InstalledTo | Should -Not -BeNullOrEmpty }
    }

    It 'imports by name with every cmdlet, the views and the help' {
        $result.Cmdlets | Should -Be $result.CmdletsToExport
        $result.Cmdlets | Should -Be @((Import-PowerShellDataFile $manifest).CmdletsToExport).Count
        $result.FilmViews | Should -Be @('Film.Table', 'Film.List')
        $result.FilmHelpExamples | Should -BeGreaterOrEqual 2
        $result.AboutTopic | Should -BeTrue
    }
}
