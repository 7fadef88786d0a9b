param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeDiscovery {
    $manifest = if (Test-Path $ModulePath -PathType Container) { Join-Path $ModulePath 'Rustboxd.psd1' } else { $ModulePath }
    $cmdlets = @((Import-PowerShellDataFile $manifest).CmdletsToExport | ForEach-Object { @{ Name = $_ } })
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

    It 'has the about topics <_>' -ForEach 'about_Rustboxd', 'about_Rustboxd_Access' {
        Get-Help $_ | Out-String | Should -Match 'SHORT DESCRIPTION'
    }
}
