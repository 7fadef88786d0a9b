#requires -Version 7.4
<#
.SYNOPSIS
    Builds the module's MAML help and about_ topics from docs/help/*.md (platyPS is not obtainable here).
.DESCRIPTION
    Imports the staged module, takes every exported cmdlet's syntax and parameter metadata from Get-Command and
    its text from docs/help/<Cmdlet>.md (format: docs/help/README.md), and writes en-US/Rustboxd.dll-Help.xml and
    en-US/about_*.help.txt into the staged module. Fails, listing every problem, when a cmdlet has no help file,
    fewer than two examples, or a parameter without a description. build.ps1 runs it in a child pwsh, because a
    binary module cannot be unloaded from the process that imported it.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $HelpSource
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$Maml = 'http://schemas.microsoft.com/maml/2004/10'
$Command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
$Dev = 'http://schemas.microsoft.com/maml/dev/2004/10'
$EngineParameters = @([Management.Automation.PSCmdlet]::CommonParameters) + @([Management.Automation.PSCmdlet]::OptionalCommonParameters)

# Reads a help file into its sections: '## NAME' blocks, each a list of '### title' entries with their lines.
function Read-HelpSource([string] $Path) {
    $sections = [ordered]@{}
    $section = $null
    $entry = $null
    $fenced = $false
    foreach ($line in Get-Content $Path) {
        if ($line.StartsWith('```')) { $fenced = -not $fenced }
        if (-not $fenced -and $line -match '^## (.+)$') {
            $section = $Matches[1].Trim().ToUpperInvariant()
            $sections[$section] = [Collections.Generic.List[object]]::new()
            $entry = [pscustomobject]@{ Title = ''; Lines = [Collections.Generic.List[string]]::new() }
            $sections[$section].Add($entry)
            continue
        }
        if (-not $fenced -and $line -match '^### (.+)$' -and $section) {
            $entry = [pscustomobject]@{ Title = $Matches[1].Trim(); Lines = [Collections.Generic.List[string]]::new() }
            $sections[$section].Add($entry)
            continue
        }
        if ($entry) { $entry.Lines.Add($line) }
    }
    $sections
}

# Paragraphs of plain text: blank lines separate them, list markers stay, line breaks inside a paragraph go.
function Get-Paragraph([string[]] $Lines) {
    $paragraphs = [Collections.Generic.List[string]]::new()
    $current = [Collections.Generic.List[string]]::new()
    foreach ($line in $Lines + '') {
        # Example output (see Split-Example) is a paragraph of its own, line breaks and indentation kept.
        if ($line.Contains("`n")) {
            if ($current.Count) { $paragraphs.Add(($current -join ' ')); $current.Clear() }
            $paragraphs.Add($line.TrimEnd())
            continue
        }
        if ([string]::IsNullOrWhiteSpace($line) -or $line -match '^\s*- ') {
            if ($current.Count) { $paragraphs.Add(($current -join ' ')); $current.Clear() }
            if ($line -match '^\s*- ') { $current.Add($line.Trim()) }
            continue
        }
        $current.Add($line.Trim())
    }
    , @($paragraphs | ForEach-Object { $_ -replace '`', '' })
}

# The titled entries of a section ('### ...'), none when the section is missing.
function Get-Entries($Sections, [string] $Name) {
    if ($Sections.Contains($Name)) { @($Sections[$Name] | Where-Object Title) } else { @() }
}

function Get-EntryText($Sections, [string] $Name, [string] $Title) {
    if (-not $Sections.Contains($Name)) { return @() }
    $entry = $Sections[$Name] | Where-Object Title -EQ $Title | Select-Object -First 1
    if ($entry) { Get-Paragraph $entry.Lines } else { @() }
}

# An example's code is its powershell block; text around it is remarks, and any other fenced block (```text) is
# output, kept line for line as one paragraph of the remarks.
function Split-Example($Entry) {
    $code = [Collections.Generic.List[string]]::new()
    $remarks = [Collections.Generic.List[string]]::new()
    $output = [Collections.Generic.List[string]]::new()
    $fence = $null
    foreach ($line in $Entry.Lines) {
        if ($line.StartsWith('```')) {
            if ($fence) {
                if ($fence -eq 'output') { $remarks.Add(($output -join "`n") + "`n"); $output.Clear() }
                $fence = $null
            }
            else {
                $fence = if ($line -match '^```(powershell)?\s*$') { 'code' } else { 'output' }
                if ($fence -eq 'output') { $remarks.Add('') }
            }
            continue
        }
        switch ($fence) {
            'code' { $code.Add($line) }
            'output' { $output.Add($line) }
            default { $remarks.Add($line) }
        }
    }
    [pscustomobject]@{ Title = $Entry.Title; Code = ($code -join "`n").Trim(); Remarks = Get-Paragraph $remarks }
}

function Write-Paragraphs([Xml.XmlWriter] $Writer, [string[]] $Paragraphs) {
    $Writer.WriteStartElement('maml', 'description', $Maml)
    foreach ($text in @($Paragraphs | Where-Object { $_ })) { $Writer.WriteElementString('maml', 'para', $Maml, $text) }
    $Writer.WriteEndElement()
}

function Get-PipelineInput($Parameter) {
    $kinds = @(
        if ($Parameter.ValueFromPipeline) { 'ByValue' }
        if ($Parameter.ValueFromPipelineByPropertyName) { 'ByPropertyName' }
    )
    if ($kinds) { "True ($($kinds -join ', '))" } else { 'False' }
}

function Write-Parameter([Xml.XmlWriter] $Writer, $Parameter, $Metadata, [string[]] $Description) {
    $isSwitch = $Metadata.ParameterType -eq [switch]
    $Writer.WriteStartElement('command', 'parameter', $Command)
    $Writer.WriteAttributeString('required', "$($Parameter.IsMandatory)".ToLowerInvariant())
    $Writer.WriteAttributeString('variableLength', "$($Metadata.ParameterType.IsArray)".ToLowerInvariant())
    $Writer.WriteAttributeString('globbing', 'false')
    $Writer.WriteAttributeString('pipelineInput', (Get-PipelineInput $Parameter))
    $Writer.WriteAttributeString('position', $(if ($Parameter.Position -ge 0) { $Parameter.Position } else { 'named' }))
    $Writer.WriteAttributeString('aliases', $(if ($Metadata.Aliases.Count) { $Metadata.Aliases -join ', ' } else { 'none' }))
    $Writer.WriteElementString('maml', 'name', $Maml, $Metadata.Name)
    Write-Paragraphs $Writer $Description
    if (-not $isSwitch) {
        $Writer.WriteStartElement('command', 'parameterValue', $Command)
        $Writer.WriteAttributeString('required', 'true')
        $Writer.WriteAttributeString('variableLength', "$($Metadata.ParameterType.IsArray)".ToLowerInvariant())
        $Writer.WriteString($Metadata.ParameterType.Name)
        $Writer.WriteEndElement()
    }
    $Writer.WriteStartElement('dev', 'type', $Dev)
    $Writer.WriteElementString('maml', 'name', $Maml, $Metadata.ParameterType.FullName)
    $Writer.WriteEndElement()
    $Writer.WriteEndElement()
}

function Write-TypeList([Xml.XmlWriter] $Writer, [string] $List, [string] $Item, $Sections, [string] $Section) {
    $Writer.WriteStartElement('command', $List, $Command)
    foreach ($entry in Get-Entries $Sections $Section) {
        $Writer.WriteStartElement('command', $Item, $Command)
        $Writer.WriteStartElement('dev', 'type', $Dev)
        $Writer.WriteElementString('maml', 'name', $Maml, $entry.Title)
        $Writer.WriteEndElement()
        Write-Paragraphs $Writer (Get-Paragraph $entry.Lines)
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()
}

function Write-CommandHelp([Xml.XmlWriter] $Writer, $Cmdlet, $Sections, $Common) {
    $Writer.WriteStartElement('command', 'command', $Command)
    $Writer.WriteAttributeString('xmlns', 'maml', $null, $Maml)
    $Writer.WriteAttributeString('xmlns', 'dev', $null, $Dev)

    $Writer.WriteStartElement('command', 'details', $Command)
    $Writer.WriteElementString('command', 'name', $Command, $Cmdlet.Name)
    $Writer.WriteElementString('command', 'verb', $Command, $Cmdlet.Verb)
    $Writer.WriteElementString('command', 'noun', $Command, $Cmdlet.Noun)
    Write-Paragraphs $Writer (Get-EntryText $Sections 'SYNOPSIS' '')
    $Writer.WriteEndElement()
    Write-Paragraphs $Writer (Get-EntryText $Sections 'DESCRIPTION' '')

    $describe = {
        param($name)
        $own = @(Get-EntryText $Sections 'PARAMETERS' "-$name")
        if ($own.Count) { $own } else { @(Get-EntryText $Common 'PARAMETERS' "-$name") }
    }

    $Writer.WriteStartElement('command', 'syntax', $Command)
    foreach ($set in $Cmdlet.ParameterSets) {
        $Writer.WriteStartElement('command', 'syntaxItem', $Command)
        $Writer.WriteElementString('maml', 'name', $Maml, $Cmdlet.Name)
        foreach ($parameter in @($set.Parameters | Where-Object Name -NotIn $EngineParameters)) {
            Write-Parameter $Writer $parameter $Cmdlet.Parameters[$parameter.Name] (& $describe $parameter.Name)
        }
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()

    $Writer.WriteStartElement('command', 'parameters', $Command)
    foreach ($name in @($Cmdlet.Parameters.Keys | Where-Object { $_ -notin $EngineParameters })) {
        $metadata = $Cmdlet.Parameters[$name]
        $first = @($Cmdlet.ParameterSets.Parameters | Where-Object Name -EQ $name)[0]
        Write-Parameter $Writer $first $metadata (& $describe $name)
    }
    $Writer.WriteEndElement()

    Write-TypeList $Writer 'inputTypes' 'inputType' $Sections 'INPUTS'
    Write-TypeList $Writer 'returnValues' 'returnValue' $Sections 'OUTPUTS'

    $notes = @(Get-EntryText $Sections 'NOTES' '')
    if ($notes.Count) {
        $Writer.WriteStartElement('maml', 'alertSet', $Maml)
        $Writer.WriteStartElement('maml', 'alert', $Maml)
        foreach ($text in $notes) { $Writer.WriteElementString('maml', 'para', $Maml, $text) }
        $Writer.WriteEndElement()
        $Writer.WriteEndElement()
    }

    $Writer.WriteStartElement('command', 'examples', $Command)
    foreach ($example in @(Get-Entries $Sections 'EXAMPLES' | ForEach-Object { Split-Example $_ })) {
        $Writer.WriteStartElement('command', 'example', $Command)
        $Writer.WriteElementString('maml', 'title', $Maml, "-------------------------- $($example.Title) --------------------------")
        $Writer.WriteElementString('dev', 'code', $Dev, $example.Code)
        $Writer.WriteStartElement('dev', 'remarks', $Dev)
        foreach ($text in $example.Remarks) { $Writer.WriteElementString('maml', 'para', $Maml, $text) }
        $Writer.WriteEndElement()
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()

    $Writer.WriteStartElement('command', 'relatedLinks', $Command)
    foreach ($link in @(Get-EntryText $Sections 'RELATED LINKS' '')) {
        $Writer.WriteStartElement('maml', 'navigationLink', $Maml)
        $Writer.WriteElementString('maml', 'linkText', $Maml, ($link -replace '^- ', ''))
        $Writer.WriteElementString('maml', 'uri', $Maml, '')
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()

    $Writer.WriteEndElement()
}

function Test-CommandHelp($Cmdlet, $Sections, $Common) {
    $problems = [Collections.Generic.List[string]]::new()
    if (-not @(Get-EntryText $Sections 'SYNOPSIS' '').Count) { $problems.Add("$($Cmdlet.Name): no SYNOPSIS") }
    $examples = @(Get-Entries $Sections 'EXAMPLES' | ForEach-Object { Split-Example $_ } | Where-Object Code)
    if ($examples.Count -lt 2) { $problems.Add("$($Cmdlet.Name): $($examples.Count) example(s) with code; at least 2 are needed") }
    foreach ($name in @($Cmdlet.Parameters.Keys | Where-Object { $_ -notin $EngineParameters })) {
        $own = @(Get-EntryText $Sections 'PARAMETERS' "-$name")
        if (-not $own.Count -and -not @(Get-EntryText $Common 'PARAMETERS' "-$name").Count) {
            $problems.Add("$($Cmdlet.Name): parameter -$name has no description")
        }
    }
    $problems
}

# about_ topics: the Markdown as plain text, headings in capitals as Get-Help's own topics have them.
function Write-AboutTopic([string] $Source, [string] $Folder) {
    $name = [IO.Path]::GetFileNameWithoutExtension($Source)
    $text = foreach ($line in Get-Content $Source) {
        if ($line -match '^#+ (.+)$') { $Matches[1].ToUpperInvariant() } elseif ($line.StartsWith('```')) { '' } else { "    $line".TrimEnd() }
    }
    Set-Content -Path (Join-Path $Folder "$name.help.txt") -Value $text -Encoding utf8
}

$manifest = Join-Path $ModulePath 'Rustboxd.psd1'
$module = Import-Module $manifest -PassThru
$common = Read-HelpSource (Join-Path $HelpSource 'common-parameters.md')
$folder = Join-Path $ModulePath 'en-US'
New-Item -ItemType Directory -Force -Path $folder | Out-Null

$cmdlets = @(Get-Command -Module $module.Name -CommandType Cmdlet | Sort-Object Name)
$problems = [Collections.Generic.List[string]]::new()
$helpFile = Join-Path $folder 'Rustboxd.dll-Help.xml'
$settings = [Xml.XmlWriterSettings]@{ Indent = $true; Encoding = [Text.UTF8Encoding]::new($false) }
$writer = [Xml.XmlWriter]::Create($helpFile, $settings)
try {
    $writer.WriteStartElement('helpItems', 'http://msh')
    $writer.WriteAttributeString('schema', 'maml')
    foreach ($cmdlet in $cmdlets) {
        $source = Join-Path $HelpSource "$($cmdlet.Name).md"
        if (-not (Test-Path $source)) { $problems.Add("$($cmdlet.Name): no help file $source"); continue }
        $sections = Read-HelpSource $source
        foreach ($problem in Test-CommandHelp $cmdlet $sections $common) { $problems.Add($problem) }
        Write-CommandHelp $writer $cmdlet $sections $common
    }
    $writer.WriteEndElement()
}
finally {
    $writer.Dispose()
}

Get-ChildItem $HelpSource -Filter 'about_*.md' | ForEach-Object { Write-AboutTopic $_.FullName $folder }

if ($problems.Count) {
    $problems | ForEach-Object { Write-Host "help: $_" }
    throw "The help sources in $HelpSource are incomplete ($($problems.Count) problem(s) above)."
}
Write-Host "help: $($cmdlets.Count) cmdlets, $(@(Get-ChildItem $folder -Filter 'about_*').Count) about topics"
