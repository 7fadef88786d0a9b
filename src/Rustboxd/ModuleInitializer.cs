using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace Rustboxd;

/// <summary>
/// Loads Rustboxd's third-party dependencies (AngleSharp, Polly, System.Threading.RateLimiting,
/// Microsoft.Extensions.*) from the module's dependencies/ folder into a private load context, so that
/// another module's older copy in the default context cannot break Rustboxd, and Rustboxd's copies
/// cannot break it. Rustboxd.Core sits beside Rustboxd.dll and loads into the default context, so its
/// public types (sessions, models) are the ones PowerShell sees.
/// </summary>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private static readonly string ModuleFolder = Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location)!;
    private static readonly string DependencyFolder = Path.Combine(ModuleFolder, "dependencies");
    private static readonly Lazy<DependencyLoadContext> Dependencies = new(() => new DependencyLoadContext(DependencyFolder));

    public void OnImport() => AssemblyLoadContext.Default.Resolving += Resolve;

    public void OnRemove(PSModuleInfo psModuleInfo) => AssemblyLoadContext.Default.Resolving -= Resolve;

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        if (name.Name == "Rustboxd.Core")
        {
            var core = Path.Combine(ModuleFolder, "Rustboxd.Core.dll");
            return File.Exists(core) ? context.LoadFromAssemblyPath(core) : null;
        }

        // Only what Rustboxd ships; any other request is left to whoever else is listening.
        return name.Name is not null && File.Exists(Path.Combine(DependencyFolder, name.Name + ".dll"))
            ? Dependencies.Value.LoadFromAssemblyName(name)
            : null;
    }

    /// <summary>The private context: serves files from dependencies/, leaves the framework to the default.</summary>
    private sealed class DependencyLoadContext(string folder) : AssemblyLoadContext("Rustboxd.Dependencies")
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = Path.Combine(folder, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }

        protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
        {
            var file = OperatingSystem.IsWindows() ? unmanagedDllName + ".dll"
                : OperatingSystem.IsMacOS() ? "lib" + unmanagedDllName + ".dylib"
                : "lib" + unmanagedDllName + ".so";
            // The runtime's own identifier first; a distribution-specific one (alpine-x64) falls back to the portable one.
            foreach (var rid in new[] { RuntimeInformation.RuntimeIdentifier, PortableRuntimeIdentifier() })
            {
                var path = Path.Combine(folder, "runtimes", rid, "native", file);
                if (File.Exists(path))
                {
                    return LoadUnmanagedDllFromPath(path);
                }
            }

            return IntPtr.Zero;
        }

        private static string PortableRuntimeIdentifier()
        {
            var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
            return $"{os}-{RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant()}";
        }
    }
}
