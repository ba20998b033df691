namespace Harness.Generators.Pools;

/// <summary>
/// Packs many small payloads into a few large arrays and hands out slices of them: a pool of
/// 100,000 bodies is then some 50 large objects the GC never moves, not 100,000 small ones it
/// copies from generation to generation while the pool is built.
/// </summary>
internal sealed class PayloadSlab
{
    private const int SlabBytes = 1 << 20;
    private byte[] _current = [];
    private int _used;

    public ReadOnlyMemory<byte> Append(ReadOnlySpan<byte> payload)
    {
        if (_current.Length - _used < payload.Length)
        {
            _current = new byte[Math.Max(SlabBytes, payload.Length)];
            _used = 0;
        }

        payload.CopyTo(_current.AsSpan(_used));
        var slice = new ReadOnlyMemory<byte>(_current, _used, payload.Length);
        _used += payload.Length;
        return slice;
    }
}
