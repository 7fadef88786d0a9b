using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Rustboxd.Replay.Tests;

public sealed class LoopbackTests
{
    [Fact]
    public async Task BindsTo127001OnAFreePortWhenPortIsZero()
    {
        await using var server = await TestServers.StartStandardAsync();

        Assert.Equal("http", server.BaseUri.Scheme);
        Assert.Equal("127.0.0.1", server.BaseUri.Host);
        Assert.NotEqual(0, server.BaseUri.Port);
        Assert.Equal("/", server.BaseUri.AbsolutePath);
        Assert.Equal($"http://127.0.0.1:{server.BaseUri.Port}/", server.BaseUri.AbsoluteUri);
    }

    [Fact]
    public async Task IsNotReachableOnTheMachinesOtherAddresses()
    {
        await using var server = await TestServers.StartStandardAsync();
        var otherAddresses = NetworkInterface.GetAllNetworkInterfaces()
            .Where(adapter => adapter.OperationalStatus == OperationalStatus.Up)
            .SelectMany(adapter => adapter.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address)
            .Where(address => address.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(address))
            .ToList();

        foreach (var address in otherAddresses)
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            await Assert.ThrowsAsync<SocketException>(() => socket.ConnectAsync(address, server.BaseUri.Port));
        }
    }

    [Fact]
    public async Task TwoServersRunSideBySideOnDifferentPorts()
    {
        await using var first = await TestServers.StartStandardAsync();
        await using var second = await TestServers.StartStandardAsync();

        Assert.NotEqual(first.BaseUri.Port, second.BaseUri.Port);
    }
}
