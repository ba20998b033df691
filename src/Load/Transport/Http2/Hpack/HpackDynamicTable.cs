namespace Harness.Load.Transport.Http2.Hpack;

/// <summary>
/// The decoder's dynamic table (RFC 7541 section 2.3.2, 4): newest entry first, each entry costing its name
/// and value lengths plus 32, oldest entries evicted to stay within the size the server last set.
/// </summary>
internal sealed class HpackDynamicTable
{
    // A ring: _entries[(_newest - i) mod capacity] is dynamic index i (0-based).
    private (byte[] Name, byte[] Value)[] _entries = new (byte[], byte[])[16];
    private int _newest = -1;
    private int _count;
    private int _size;

    public HpackDynamicTable(int maxSize) => (MaxSize, Limit) = (maxSize, maxSize);

    /// <summary>The size the server may set at most (our SETTINGS_HEADER_TABLE_SIZE).</summary>
    public int Limit { get; }

    public int MaxSize { get; private set; }

    public int Count => _count;

    public int Size => _size;

    public (byte[] Name, byte[] Value) Get(int dynamicIndex)
    {
        if ((uint)dynamicIndex >= (uint)_count)
        {
            throw new HpackException($"index {dynamicIndex + HpackStaticTable.Count + 1} is beyond the table");
        }

        return _entries[(_newest - dynamicIndex + _entries.Length) % _entries.Length];
    }

    public void SetMaxSize(int size)
    {
        if (size > Limit)
        {
            throw new HpackException($"table size update to {size} exceeds the {Limit} allowed");
        }

        MaxSize = size;
        EvictTo(size);
    }

    public void Add(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value)
    {
        var cost = name.Length + value.Length + 32;
        if (cost > MaxSize)
        {
            // An entry larger than the table empties it and is not added (section 4.4).
            EvictTo(0);
            return;
        }

        EvictTo(MaxSize - cost);
        if (_count == _entries.Length)
        {
            var larger = new (byte[], byte[])[_entries.Length * 2];
            for (var i = 0; i < _count; i++)
            {
                larger[_count - 1 - i] = Get(i);
            }

            _entries = larger;
            _newest = _count - 1;
        }

        _newest = (_newest + 1) % _entries.Length;
        _entries[_newest] = (name.ToArray(), value.ToArray());
        _count++;
        _size += cost;
    }

    private void EvictTo(int size)
    {
        while (_size > size && _count > 0)
        {
            var oldest = (_newest - (_count - 1) + _entries.Length) % _entries.Length;
            var (name, value) = _entries[oldest];
            _size -= name.Length + value.Length + 32;
            _entries[oldest] = default;
            _count--;
        }
    }
}
