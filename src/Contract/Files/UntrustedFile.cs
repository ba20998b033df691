using System.Globalization;

namespace Harness.Contract.Files;

/// <summary>
/// Reads a file someone else may have written (a run folder's run.json or timeline.csv, a scenario):
/// only a plain file, never through a symbolic link, never more than a stated size. A link to
/// <c>/dev/zero</c> or a named pipe would otherwise be read until memory ran out or wait forever, and
/// a 2 GB run.json would be read whole before anything looked at it. Every refusal is an
/// <see cref="InvalidDataException"/> naming the file and what is wrong with it.
/// </summary>
public static class UntrustedFile
{
    /// <summary>
    /// A file or any link by that name, a dangling one included: a reader that skips an optional file when it
    /// is absent asks this, so that a link named like the file is refused rather than passed over.
    /// </summary>
    public static bool Exists(string path) => File.Exists(path) || new FileInfo(path).LinkTarget is not null;

    /// <summary>
    /// Refuses a record whose <c>schemaVersion</c> this harness does not read; a file without one reads as 0,
    /// the first, unversioned shape.
    /// </summary>
    public static void CheckSchemaVersion(string path, int version, int current)
    {
        if (version < 0 || version > current)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"{path}: schemaVersion {version} is not one this harness reads (1 to {current}){(version > current ? "; it was written by a newer harness" : "")}"));
        }
    }

    /// <summary>The whole file, refused unread when it is a link, empty (or not a plain file) or larger than <paramref name="maxBytes"/>.</summary>
    public static byte[] ReadAllBytes(string path, long maxBytes)
    {
        using var stream = OpenRead(path, maxBytes);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        // A file that grew after it was measured is read no further than its length then: still within the limit.
        return bytes;
    }

    /// <summary>
    /// Refuses a file of <paramref name="length"/> bytes over <paramref name="maxBytes"/>: for a reader handed
    /// bytes read under a larger limit (one read of a run.json for whichever kind it turns out to be).
    /// </summary>
    public static void CheckLength(string path, long length, long maxBytes)
    {
        if (length > maxBytes)
        {
            throw new InvalidDataException($"{path} is {Size(length)}, more than the {Size(maxBytes)} such a file may be: refused unread");
        }
    }

    /// <summary>
    /// Opens the file for reading after the checks of <see cref="ReadAllBytes"/>. An empty file is refused
    /// before it is opened: a named pipe or a device reports a length of 0 too, and opening one would block
    /// or never end.
    /// </summary>
    public static FileStream OpenRead(string path, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        var info = new FileInfo(path);
        if (info.LinkTarget is { } target)
        {
            throw new InvalidDataException($"{path} is a symbolic link (to {target}): only plain files are read, copy the file itself");
        }

        if (!info.Exists)
        {
            throw new FileNotFoundException($"{path} does not exist", path);
        }

        if (info.Length == 0)
        {
            throw new InvalidDataException($"{path} is empty or not a plain file (a pipe or a device)");
        }

        CheckLength(path, info.Length, maxBytes);
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
    }

    /// <summary>
    /// A file the user named on the command line, read as it comes (a link or a pipe, as with
    /// <c>--scenario &lt;(make-scenario)</c>, is theirs to give) but never beyond <paramref name="maxBytes"/>:
    /// <c>/dev/zero</c> or a 100 MB file is refused after at most that much.
    /// </summary>
    public static byte[] ReadAtMost(string path, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        using var bytes = new MemoryStream();
        var buffer = new byte[81920];
        for (int read; (read = stream.Read(buffer)) > 0;)
        {
            bytes.Write(buffer, 0, read);
            if (bytes.Length > maxBytes)
            {
                throw new InvalidDataException($"{path} is larger than the {Size(maxBytes)} such a file may be: refused");
            }
        }

        return bytes.ToArray();
    }

    /// <summary>A size for messages: bytes below a KiB, else KiB, MiB or GiB with one decimal.</summary>
    internal static string Size(long bytes)
    {
        string[] units = ["KiB", "MiB", "GiB", "TiB"];
        if (bytes < 1024)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
        }

        var value = bytes / 1024.0;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{value:0.#} {units[unit]}");
    }
}
