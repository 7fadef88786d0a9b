param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'Get-LetterboxdUser' {
    BeforeEach {
        Clear-ReplayState $script:Server
        $session = New-TestSession
    }

    It 'reads a real 2026 profile page' {
        $member = Get-LetterboxdUser sampleuser7 -Session $session

        $member.UserName | Should -Be 'sampleuser7'
        $member.FilmCount | Should -Be 367
        $member.ListCount | Should -Be 3
        $member.FollowingCount | Should -Be 44
        $member.FollowerCount | Should -Be 18
        $member.FavouriteFilms.Slug | Should -Be @('aftersun', 'inherent-vice', 'oslo-august-31st', 'youth-2015')
        $member.PSObject.TypeNames | Should -Contain 'Rustboxd.Models.Member'
    }

    It 'takes user names from the pipeline, in any case, and keeps their order' {
        $members = 'SampleUser124', 'sampleuser7' | Get-LetterboxdUser -Session $session

        $members.UserName | Should -Be @('sampleuser124', 'sampleuser7')
        $members[0].FilmCount | Should -Be 914
    }

    Context 'when a user name is malformed' {
        It 'refuses it before any request, naming the input' {
            Get-LetterboxdUser 'bad name!' -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures.Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdInvalidUserName,*'
            $failures[0].TargetObject | Should -Be 'bad name!'
            $failures[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $failures[0].Exception.Message | Should -BeLike "*'bad name!'*letterboxd.com/NAME/*"
            Get-RequestedPath | Should -BeNullOrEmpty
        }
    }

    Context 'when a member does not exist' {
        It 'writes a not-found error for that name and still returns the others, in order' {
            $members = Get-LetterboxdUser sampleuser7, nosuchmember, sampleuser124 -Session $session `
                -ErrorVariable failures -ErrorAction SilentlyContinue

            $members.UserName | Should -Be @('sampleuser7', 'sampleuser124')
            $failures.Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdMemberNotFound,*'
            $failures[0].TargetObject | Should -Be 'nosuchmember'
            $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        }

        It 'does not retry the 404' {
            Get-LetterboxdUser nosuchmember -Session $session -ErrorAction SilentlyContinue

            Get-RequestedPath | Should -Be @('/nosuchmember/')
        }
    }

    Context 'when the member keeps the page private' {
        It 'writes a private-content error and does not retry' {
            Set-ReplayFault $script:Server @{ pattern = '^/privatemember/$'; kind = 'respond'; status = 403; file = 'errors/private.html' }

            Get-LetterboxdUser privatemember -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdPrivateContent,*'
            $failures[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
            Get-RequestedPath | Should -Be @('/privatemember/')
        }
    }

    Context 'when asked twice' {
        It 'serves the second answer from the cache' {
            $null = Get-LetterboxdUser sampleuser7 -Session $session
            $second = Get-LetterboxdUser sampleuser7 -Session $session -Verbose 4>&1

            ($second | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message |
                Should -Be 'GET /sampleuser7/ cache hit'
            Get-RequestedPath | Should -Be @('/sampleuser7/')
            (Get-LetterboxdSession $session).ServedFromCache | Should -Be 1
        }

        It 'asks the site again with -NoCache' {
            $null = Get-LetterboxdUser sampleuser7 -Session $session
            $null = Get-LetterboxdUser sampleuser7 -Session $session -NoCache

            Get-RequestedPath | Should -Be @('/sampleuser7/', '/sampleuser7/')
        }
    }

    It 'writes one verbose line per request: method, path, status, size and time' {
        $records = Get-LetterboxdUser sampleuser7 -Session $session -Verbose 4>&1 |
            Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }

        $records.Message | Should -Match '^GET /sampleuser7/ 200 \d+ KB \d+ ms$'
    }
}
