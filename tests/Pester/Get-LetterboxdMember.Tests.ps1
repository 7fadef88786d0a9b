param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'Get-LetterboxdMember' {
    BeforeEach {
        Clear-ReplayState $script:Server
        $session = New-TestSession
    }

    It 'reads a member''s followers from a real page' {
        $followers = @(Get-LetterboxdMember sampleuser124 -Relationship Followers -First 25 -Session $session)

        $followers.Count | Should -Be 25
        $followers[0].UserName | Should -Be 'sampleuser138'
        $followers[0].DisplayName | Should -Be 'Sample User 138'
        $followers[0].FilmCount | Should -Be 751
        $followers[0].RelatedTo | Should -Be 'sampleuser124'
        $followers[0].Relationship | Should -Be 'Followers'
        Get-RequestedPath | Should -Be @('/sampleuser124/followers/')
    }

    It 'follows the page''s Next link and warns when that page is missing' {
        $following = @(Get-LetterboxdMember sampleuser7 Following -Session $session -WarningVariable warnings 3>$null)

        $following.Count | Should -Be 25
        $following[0].UserName | Should -Be 'sampleuser86'
        $warnings | Should -Match 'page 2 of .* was not found although page 1 links it'
        Get-RequestedPath | Should -Be @('/sampleuser7/following/', '/sampleuser7/following/page/2/')
    }

    It 'refuses a relationship it does not know before any request' {
        { Get-LetterboxdMember sampleuser7 -Relationship Fans -Session $session } | Should -Throw
        Get-RequestedPath | Should -BeNullOrEmpty
    }

    It 'pipes members into Get-LetterboxdUser by their user name' {
        $profiles = @(Get-LetterboxdMember sampleuser124 Following -First 1 -Session $session |
            Get-LetterboxdUser -Session $session -ErrorAction SilentlyContinue -ErrorVariable failures)

        # The captured member is not in the corpus: the profile request proves the name was bound.
        Get-RequestedPath | Should -Contain '/sampleuser143/'
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdMemberNotFound,*'
    }
}
