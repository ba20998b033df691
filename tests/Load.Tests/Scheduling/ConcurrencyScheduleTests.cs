
namespace Harness.Load.Tests.Scheduling;

public class ConcurrencyScheduleTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(2.5, 3)]
    [InlineData(5, 5)]
    [InlineData(10, 10)]
    [InlineData(12, 10)]
    public void UsersAt_LinearRamp_Interpolates(double seconds, int expected) =>
        Assert.Equal(expected, ConcurrencySchedule.UsersAt(0, 10, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(seconds)));
}
