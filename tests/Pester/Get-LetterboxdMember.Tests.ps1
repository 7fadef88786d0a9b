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

    It 'warns of markup drift when a page that links the next one is not full' {
        $followers = @(Get-LetterboxdMember driftnet Followers -Session $session -WarningVariable warnings 3>$null)

        $followers.UserName | Should -Be @('netfriend1', 'netfriend2', 'netfriend3', 'netfriend4', 'netfriend5')
        $warnings | Should -HaveCount 1
        $warnings[0] | Should -Match '/driftnet/followers/ is followed by another page, so it should hold 25 members but 3 were read'
        Get-RequestedPath | Should -Be @('/driftnet/followers/', '/driftnet/followers/page/2/')
    }

    It 'returns nothing, and no error, for a member without followers' {
        $followers = @(Get-LetterboxdMember emptynet Followers -Session $session -ErrorVariable failures -WarningVariable warnings)

        $followers | Should -HaveCount 0
        $failures | Should -HaveCount 0
        $warnings | Should -HaveCount 0
    }

    It 'reports an unknown member as not found, after a look at the profile' {
        Get-LetterboxdMember nobody1 Followers -Session $session -ErrorAction SilentlyContinue -ErrorVariable failures

        $failures | Should -HaveCount 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdMemberNotFound,*'
        $failures[0].TargetObject | Should -Be 'nobody1'
        Get-RequestedPath | Should -Be @('/nobody1/followers/', '/nobody1/')
    }

    It 'refuses a relationship it does not know before any request' {
        { Get-LetterboxdMember sampleuser7 -Relationship Admirers -Session $session } | Should -Throw
        Get-RequestedPath | Should -BeNullOrEmpty
    }

    It 'refuses a film''s relationship for a member with its own error id before any request' {
        Get-LetterboxdMember sampleuser7 -Relationship Fans -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdInvalidRelationship,*'
        Get-RequestedPath | Should -BeNullOrEmpty
    }

    Context 'with -Slug' {
        It 'reads the members who watched a film across its pages' {
            $watchers = @(Get-LetterboxdMember -Slug synthetic-film-a -Relationship Watchers -Session $session)

            $watchers.UserName | Should -Be @('synthmember', 'synthcritic', 'othercritic', 'fourthcritic', 'fifthcritic')
            $watchers[1].FollowerCount | Should -Be 6300
            $watchers[1].LikeCount | Should -Be 12000
            $watchers[-1].FollowerCount | Should -Be 1200000
            $watchers.RelatedTo | Select-Object -Unique | Should -Be 'synthetic-film-a'
            $watchers.Relationship | Select-Object -Unique | Should -Be 'Watchers'
            $watchers.Page | Select-Object -Unique | Should -Be @(1, 2)
            Get-RequestedPath | Should -Be @('/film/synthetic-film-a/members/', '/film/synthetic-film-a/members/page/2/')
        }

        It 'reads a film''s fans, with the total its tab states' {
            $output = @(Get-LetterboxdMember -Slug synthetic-film-a Fans -IncludeTotalCount -Session $session)

            $output[0..1].UserName | Should -Be @('synthmember', 'synthcritic')
            $output[-1].ToString() | Should -Be 'Total count: 2'
            Get-RequestedPath | Should -Be @('/film/synthetic-film-a/fans/')
        }

        It 'takes the film from Get-LetterboxdFilm and stops at -First' {
            $fans = @(Get-LetterboxdFilm synthetic-film-a -Session $session |
                Get-LetterboxdMember -Relationship Watchers -First 2 -Session $session)

            $fans.UserName | Should -Be @('synthmember', 'synthcritic')
            Get-RequestedPath | Should -Not -Contain '/film/synthetic-film-a/members/page/2/'
        }

        It 'refuses a member''s relationship for a film with its own error id before any request' {
            Get-LetterboxdMember -Slug synthetic-film-a -Relationship Followers -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdInvalidRelationship,*'
            Get-RequestedPath | Should -BeNullOrEmpty
        }

        It 'gives film-not-found for an unknown film' {
            Get-LetterboxdMember -Slug no-such-film -Relationship Fans -Session $session -ErrorVariable failures -ErrorAction SilentlyContinue

            $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdFilmNotFound,*'
            $failures[0].TargetObject | Should -Be 'no-such-film'
        }
    }

    It 'pipes members into Get-LetterboxdUser by their user name' {
        $profiles = @(Get-LetterboxdMember sampleuser124 Following -First 1 -Session $session |
            Get-LetterboxdUser -Session $session -ErrorAction SilentlyContinue -ErrorVariable failures)

        # The captured member is not in the corpus: the profile request proves the name was bound.
        Get-RequestedPath | Should -Contain '/sampleuser143/'
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'LetterboxdMemberNotFound,*'
    }
}
