using JobFirst.Evaluation.Figures.Model;

namespace JobFirst.Evaluation.Figures.Rendering;

/// <summary>Draws point markers as canvas primitives.</summary>
internal static class Markers
{
    public static void Draw(ICanvas canvas, MarkerShape shape, PixelPoint c, double size, Color color)
    {
        double r = size / 2;
        var fill = new Fill(color);
        var outline = new Stroke(Colors.White, 0.75);
        switch (shape)
        {
            case MarkerShape.Circle:
                canvas.Circle(c, r, fill, outline);
                break;
            case MarkerShape.Square:
                canvas.Rectangle(new PixelRect(c.X - r, c.Y - r, size, size), fill, outline);
                break;
            case MarkerShape.Diamond:
                canvas.Polygon(
                    [
                        new(c.X, c.Y - r * 1.3),
                        new(c.X + r * 1.3, c.Y),
                        new(c.X, c.Y + r * 1.3),
                        new(c.X - r * 1.3, c.Y),
                    ],
                    fill,
                    outline
                );
                break;
            default:
                break;
        }
    }
}
