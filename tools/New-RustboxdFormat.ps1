#requires -Version 7.4
<#
.SYNOPSIS
    Builds the module's format file, Rustboxd.format.ps1xml, from the view table src/Rustboxd/Formats/Views.psd1.
.DESCRIPTION
    For every type in the table it writes the custom view (when the entry has Custom), the table view of the
    entry's columns and a list view of every public property of the type, read from the compiled type itself, so a
    property added to a model shows in Format-List without touching the table. List-valued properties are joined
    with '; ' (the separator of Rustboxd.Models.ValueList). Fails on a type or property the assembly does not
    have; warns about any output type of an exported cmdlet that has no entry. build.ps1 runs it in a child pwsh
    before it checks the manifest, which names the file in FormatsToProcess.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $ViewSource
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

# The assembly, not the manifest: the manifest names the file this script is about to write.
$module = Import-Module (Join-Path $ModulePath 'Rustboxd.dll') -PassThru
$views = Import-PowerShellDataFile $ViewSource
$problems = [Collections.Generic.List[string]]::new()

function Resolve-ViewType([string] $Name) {
    $type = $Name -as [type]
    if (-not $type) { $problems.Add("$Name is not a type of the module") }
    $type
}

function Test-ListProperty([Reflection.PropertyInfo] $Property) {
    $type = $Property.PropertyType
    $type -ne [string] -and [Collections.IEnumerable].IsAssignableFrom($type)
}

# A column as a hashtable (a bare name is a property column), its property checked against the type.
function ConvertTo-ColumnSpec([type] $Type, $Column) {
    $spec = if ($Column -is [string]) { @{ Label = $Column; Property = $Column } } else { $Column }
    if ($spec.Contains('Property') -and -not $Type.GetProperty($spec.Property)) {
        $problems.Add("$($Type.FullName) has no property $($spec.Property) (column '$($spec.Label)')")
    }
    $spec
}

function Write-TableView([Xml.XmlWriter] $Writer, [type] $Type, [object[]] $Columns) {
    $specs = @($Columns | ForEach-Object { ConvertTo-ColumnSpec $Type $_ })
    $Writer.WriteStartElement('View')
    $Writer.WriteElementString('Name', "$($Type.Name).Table")
    Write-ViewSelector $Writer $Type
    $Writer.WriteStartElement('TableControl')
    $Writer.WriteStartElement('TableHeaders')
    foreach ($spec in $specs) {
        $Writer.WriteStartElement('TableColumnHeader')
        $Writer.WriteElementString('Label', $spec.Label)
        if ($spec.Contains('Width')) { $Writer.WriteElementString('Width', [string] $spec.Width) }
        if ($spec.Contains('Align')) { $Writer.WriteElementString('Alignment', $spec.Align) }
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()
    $Writer.WriteStartElement('TableRowEntries')
    $Writer.WriteStartElement('TableRowEntry')
    $Writer.WriteStartElement('TableColumnItems')
    foreach ($spec in $specs) {
        $Writer.WriteStartElement('TableColumnItem')
        if ($spec.Contains('Script')) { $Writer.WriteElementString('ScriptBlock', $spec.Script) }
        else { $Writer.WriteElementString('PropertyName', $spec.Property) }
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement(); $Writer.WriteEndElement(); $Writer.WriteEndElement()
    $Writer.WriteEndElement(); $Writer.WriteEndElement()
}

function Write-ListView([Xml.XmlWriter] $Writer, [type] $Type) {
    $Writer.WriteStartElement('View')
    $Writer.WriteElementString('Name', "$($Type.Name).List")
    Write-ViewSelector $Writer $Type
    $Writer.WriteStartElement('ListControl')
    $Writer.WriteStartElement('ListEntries')
    $Writer.WriteStartElement('ListEntry')
    $Writer.WriteStartElement('ListItems')
    foreach ($property in $Type.GetProperties([Reflection.BindingFlags] 'Public, Instance')) {
        $Writer.WriteStartElement('ListItem')
        $Writer.WriteElementString('Label', $property.Name)
        if (Test-ListProperty $property) {
            $Writer.WriteElementString('ScriptBlock', "`$_.$($property.Name) -join '; '")
        }
        else {
            $Writer.WriteElementString('PropertyName', $property.Name)
        }
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement(); $Writer.WriteEndElement(); $Writer.WriteEndElement()
    $Writer.WriteEndElement(); $Writer.WriteEndElement()
}

function Write-CustomView([Xml.XmlWriter] $Writer, [type] $Type, [string] $Script) {
    $Writer.WriteStartElement('View')
    $Writer.WriteElementString('Name', "$($Type.Name).Custom")
    Write-ViewSelector $Writer $Type
    $Writer.WriteStartElement('CustomControl')
    $Writer.WriteStartElement('CustomEntries')
    $Writer.WriteStartElement('CustomEntry')
    $Writer.WriteStartElement('CustomItem')
    $Writer.WriteStartElement('ExpressionBinding')
    $Writer.WriteElementString('ScriptBlock', $Script)
    $Writer.WriteEndElement()
    $Writer.WriteElementString('NewLine', '')
    $Writer.WriteEndElement(); $Writer.WriteEndElement(); $Writer.WriteEndElement()
    $Writer.WriteEndElement(); $Writer.WriteEndElement()
}

function Write-ViewSelector([Xml.XmlWriter] $Writer, [type] $Type) {
    $Writer.WriteStartElement('ViewSelectedBy')
    $Writer.WriteElementString('TypeName', $Type.FullName)
    $Writer.WriteEndElement()
}

# Every Rustboxd type an exported cmdlet declares; those without an entry are reported, not fatal (the tests fail
# on them). Types of .NET itself (System.IO.FileInfo from Export-LetterboxdConfiguration -PassThru) have
# PowerShell's own views.
$outputTypes = Get-Command -Module $module.Name -CommandType Cmdlet | ForEach-Object OutputType |
    ForEach-Object Type | Where-Object { $_ -and $_.Assembly.GetName().Name -like 'Rustboxd*' } |
    Sort-Object FullName -Unique
foreach ($type in $outputTypes) {
    if (-not $views.Contains($type.FullName)) {
        Write-Warning "views: $($type.FullName) has no view; add it to $ViewSource"
    }
}

$file = Join-Path $ModulePath 'Rustboxd.format.ps1xml'
$settings = [Xml.XmlWriterSettings]@{ Indent = $true; Encoding = [Text.UTF8Encoding]::new($false) }
$writer = [Xml.XmlWriter]::Create($file, $settings)
try {
    $writer.WriteComment(' Generated by tools/New-RustboxdFormat.ps1 from src/Rustboxd/Formats/Views.psd1; edit that. ')
    $writer.WriteStartElement('Configuration')
    $writer.WriteStartElement('ViewDefinitions')
    foreach ($name in $views.Keys | Sort-Object) {
        $type = Resolve-ViewType $name
        if (-not $type) { continue }
        $entry = $views[$name]
        # The first view of a type is its default display: the custom one when there is one.
        if ($entry.Contains('Custom')) { Write-CustomView $writer $type $entry.Custom }
        Write-TableView $writer $type $entry.Table
        Write-ListView $writer $type
    }
    $writer.WriteEndElement()
    $writer.WriteEndElement()
}
finally {
    $writer.Dispose()
}

if ($problems.Count) {
    $problems | ForEach-Object { Write-Host "views: $_" }
    throw "The view table $ViewSource names what the module does not have ($($problems.Count) problem(s) above)."
}
Write-Host "views: $($views.Count) types"
