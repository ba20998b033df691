using Harness.Contract.Fields;
using Harness.Generators.Broken;

namespace Harness.Generators.Tests.Broken;

public class KeyVariantsTests
{
    private const string Key = "abcDEF0123456789abcDEF0123456789";

    [Fact]
    public void PathFor_Valid_IsTheRoutePlusTheKey() =>
        Assert.Equal("/v1/event/huawei/custom/" + Key, KeyVariants.PathFor(KeyVariant.Valid, Key));

    [Fact]
    public void PathFor_MissingAndEmpty_HaveNoKeySegment()
    {
        Assert.Equal(IntegrationKeyRule.RoutePrefix, KeyVariants.PathFor(KeyVariant.Missing, Key));
        Assert.Equal(IntegrationKeyRule.RoutePrefix + "/", KeyVariants.PathFor(KeyVariant.Empty, Key));
    }

    [Fact]
    public void PathFor_TooLong_CarriesOneCharacterOverTheLimit()
    {
        var segment = KeyVariants.PathFor(KeyVariant.TooLong, Key)[(IntegrationKeyRule.RoutePrefix.Length + 1)..];
        Assert.Equal(IntegrationKeyRule.MaxLength + 1, Uri.UnescapeDataString(segment).Length);
    }

    [Fact]
    public void PathFor_PercentEncoded_DecodesToTheValidKey()
    {
        var segment = KeyVariants.PathFor(KeyVariant.PercentEncoded, Key)[(IntegrationKeyRule.RoutePrefix.Length + 1)..];
        Assert.StartsWith("%61%62%63", segment, StringComparison.Ordinal);
        Assert.Equal(Key, Uri.UnescapeDataString(segment));
    }

    [Fact]
    public void PathFor_WrongCaseAndUnknown_DifferFromTheKeyOnceDecoded()
    {
        foreach (var variant in new[] { KeyVariant.WrongCase, KeyVariant.Unknown })
        {
            var segment = KeyVariants.PathFor(variant, Key)[(IntegrationKeyRule.RoutePrefix.Length + 1)..];
            Assert.NotEqual(Key, Uri.UnescapeDataString(segment));
            Assert.Equal(Key.Length, segment.Length);
        }
    }

    [Fact]
    public void PathFor_UnknownWhenTheTargetUsesTheUnknownKey_StillDiffers() =>
        Assert.NotEqual(KeyVariants.PathFor(KeyVariant.Valid, KeyVariants.UnknownKey),
            KeyVariants.PathFor(KeyVariant.Unknown, KeyVariants.UnknownKey));
}
