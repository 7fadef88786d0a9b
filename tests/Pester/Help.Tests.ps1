param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeDiscovery {
    $manifest = if (Test-Path $ModulePath -PathType Container) { Join-Path $ModulePath 'Rustboxd.psd1' } else { $ModulePath }
    $cmdlets = @((Import-PowerShellDataFile $manifest).CmdletsToExport | ForEach-Object { @{ Name = $_ } })

    # Every example that can run on the captured pages, to run against the replay server: not those naming alice
    # or bob (members on letterboxd.com), nor those that make a session of their own (for the site, or for a
    # replay server at another address).
    Import-Module $manifest -Force
    $examples = foreach ($cmdlet in $cmdlets) {
        $number = 0
        foreach ($example in (Get-Help $cmdlet.Name -Examples).Examples.Example) {
            $number++
            if ($example.Code -notmatch '\b(alice|bob)\b|New-LetterboxdSession') {
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
            $null = New-LetterboxdSession -BaseUri $script:Server.BaseUri -RequestsPerSecond 100 -BurstSize 50 -Default
        }

        AfterAll {
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
