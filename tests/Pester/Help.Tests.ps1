param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeDiscovery {
    $manifest = if (Test-Path $ModulePath -PathType Container) { Join-Path $ModulePath 'Rustboxd.psd1' } else { $ModulePath }
    $cmdlets = @((Import-PowerShellDataFile $manifest).CmdletsToExport | ForEach-Object { @{ Name = $_ } })

    # Every example that can run on the captured pages, to run against the replay server. Left out, each for its
    # reason: examples naming alice or bob (members on letterboxd.com, not in the capture), those that make a session
    # of their own (for the site, or for a replay server at another address), and those that apply a rustboxd.toml
    # the reader wrote (tests/Pester/LetterboxdConfiguration.Tests.ps1 applies real files).
    $notRunnable = @(
        '\b(alice|bob)\b'
        'New-LetterboxdSession'
        '-ConfigurationPath \./rustboxd\.toml'
    )
    Import-Module $manifest -Force
    $examples = foreach ($cmdlet in $cmdlets) {
        $number = 0
        foreach ($example in (Get-Help $cmdlet.Name -Examples).Examples.Example) {
            $number++
            if (-not ($notRunnable | Where-Object { $example.Code -match $_ })) {
                @{ Name = $cmdlet.Name; Number = $number; Code = $example.Code }
            }
        }
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'Rustboxd help' {
    Context '<Name>' -ForEach $cmdlets {
        BeforeAll {
            $help = Get-Help $Name -Full
        }

        It 'has a synopsis of its own' {
            $help.Synopsis | Should -Not -BeNullOrEmpty
            $help.Synopsis | Should -Not -Match "^\s*$([regex]::Escape($Name))"
        }

        It 'shows examples with Get-Help -Examples' {
            (Get-Help $Name -Examples | Out-String) | Should -Match 'Example 1'
            @((Get-Help $Name -Examples).Examples.Example).Count | Should -BeGreaterOrEqual 2
        }

        It 'has at least two examples with code' {
            @($help.Examples.Example | Where-Object { $_.Code }).Count | Should -BeGreaterOrEqual 2
        }

        It 'describes every parameter' {
            $common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
            $parameters = (Get-Command $Name).Parameters.Keys | Where-Object { $_ -notin $common }
            foreach ($parameter in $parameters) {
                $described = $help.Parameters.Parameter | Where-Object Name -EQ $parameter
                ($described.Description.Text -join '') | Should -Not -BeNullOrEmpty -Because "-$parameter needs a description"
            }
        }
    }

    Context 'when its examples run against the captured pages' {
        BeforeAll {
            # The examples' ~ is a home in the test drive, and their rustboxd.toml a file there: no example reads or
            # writes the real home (a cache file under ~/.cache, the platform's configuration file). That home's
            # Downloads holds the captured 2023 export, zipped and unpacked, where the Import-LetterboxdExport
            # examples look for it.
            $fileSystem = Get-PSProvider FileSystem
            $realHome = $fileSystem.Home
            $realConfiguration = $env:RUSTBOXD_CONFIG
            $exampleHome = Join-Path $TestDrive 'home'
            New-Item -ItemType Directory -Path (Join-Path $exampleHome 'Downloads') -Force | Out-Null
            $fileSystem.Home = $exampleHome
            $env:RUSTBOXD_CONFIG = Join-Path $exampleHome '.config/rustboxd/rustboxd.toml'
            $null = New-TestExport -Destination (Join-Path $exampleHome 'Downloads') -Year 2023
        }

        BeforeEach {
            # A default session of its own for each example, so one that slows or reconfigures the default session
            # (Set-LetterboxdSession) leaves the next unchanged.
            $null = New-LetterboxdSession -BaseUri $script:Server.BaseUri -RequestsPerSecond 100 -BurstSize 50 -Default
        }

        AfterAll {
            $fileSystem.Home = $realHome
            $env:RUSTBOXD_CONFIG = $realConfiguration
            $null = New-LetterboxdSession -Default
        }

        It '<Name> example <Number> runs, failing only on pages the capture lacks' -ForEach $examples {
            # A terminating error fails the test; the non-terminating ones are collected from $Error.
            $Error.Clear()
            $preference = $ErrorActionPreference
            Push-Location $TestDrive
            try {
                $ErrorActionPreference = 'SilentlyContinue'
                $null = . ([scriptblock]::Create($Code)) 3>$null
            }
            finally {
                $ErrorActionPreference = $preference
                Pop-Location
            }

            @($Error) | ForEach-Object {
                $_.FullyQualifiedErrorId | Should -Match '^Letterboxd(\w*NotFound|PrivateContent),' -Because "$_"
            }
        }
    }

    It 'has the about topics <_>' -ForEach 'about_Rustboxd', 'about_Rustboxd_Access' {
        Get-Help $_ | Out-String | Should -Match 'SHORT DESCRIPTION'
    }
}
