namespace Winwin.Data.Tests;

public class CategoryTests
{
    [Fact]
    public void CreateDefaults_SevenCategoriesInDisplayOrder()
    {
        var categories = Category.CreateDefaults();

        Assert.Equal(["hands", "knowledge", "means", "visibility", "space", "transport", "other"], categories.Select(c => c.Key));
        Assert.Equal(Enumerable.Range(0, 7), categories.Select(c => c.SortOrder));
        Assert.All(categories, c => Assert.False(c.IsRetired));
    }
}
