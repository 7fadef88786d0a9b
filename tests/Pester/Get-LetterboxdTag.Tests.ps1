param($ModulePath, $ServerPath, $CapturedPages, $SyntheticPages)

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSupport.ps1')
}

AfterAll {
    Stop-ReplayServer $script:Server
}

Describe 'Get-LetterboxdTag' {
    BeforeEach {
        Clear-ReplayState $script:Server
        $session = New-TestSession
    }

    It 'reads all four tag pages, in order, when no kind is given' {
        $tags = @(Get-LetterboxdTag synthmember -Session $session -WarningAction SilentlyContinue)

        $tags.Kind | Should -Be @('Films', 'Films', 'Films', 'Diary')
        $tags[0].Name | Should -Be 'cinema 2025'
        $tags[1].Count | Should -Be 1204
        $tags[0].Member | Should -Be 'synthmember'
        @(Get-RequestedPath | Sort-Object) | Should -Be @(
            '/synthmember/tags/diary/', '/synthmember/tags/films/', '/synthmember/tags/lists/', '/synthmember/tags/reviews/')
    }

    It 'reads only the kinds asked for' {
        $tags = @(Get-LetterboxdTag synthmember -Kind Diary -Session $session)

        $tags.Count | Should -Be 1
        $tags[0].Count | Should -Be 3
        Get-RequestedPath | Should -Be @('/synthmember/tags/diary/')
    }

    It 'refuses a kind it does not know before any request' {
        { Get-LetterboxdTag synthmember -Kind Watchlist -Session $session } | Should -Throw
        Get-RequestedPath | Should -BeNullOrEmpty
    }

    It 'writes a not-found error for an unknown member' {
        Get-LetterboxdTag nosuchmember -Kind Films -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdMemberNotFound,*'
    }
}
