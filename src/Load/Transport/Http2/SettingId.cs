namespace Harness.Load.Transport.Http2;

/// <summary>The SETTINGS identifiers (RFC 9113 section 6.5.2) this client sends or reads.</summary>
internal enum SettingId : ushort
{
    EnablePush = 0x2,
    MaxConcurrentStreams = 0x3,
    InitialWindowSize = 0x4,
    MaxFrameSize = 0x5,
}
