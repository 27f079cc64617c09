<?php
// A storefront running in worker mode escapes review texts through SwTwigFunction, whose static escape cache is cleared by a kernel.reset resetter between requests.
// https://github.com/shopware/shopware/pull/14582

interface ResetInterface
{
    public function reset(): void;
}

final class EscaperRuntime
{
    public function escape(string $string, string $strategy, string $charset): string
    {
        return match ($strategy) {
            'html' => htmlspecialchars($string, ENT_QUOTES | ENT_SUBSTITUTE, $charset),
            'url' => rawurlencode($string),
            default => throw new InvalidArgumentException("Unknown escaping strategy $strategy"),
        };
    }
}

final class Environment
{
    private ?EscaperRuntime $escaper = null;

    public function getRuntime(string $class): EscaperRuntime
    {
        return $this->escaper ??= new EscaperRuntime();
    }
}

final class SwTwigFunction
{
    /** @var array<string, array<string, string>> */
    private static array $escapeCache = [];

    public static function escapeFilter(Environment $env, string $string, string $strategy = 'html', string $charset = 'UTF-8'): string
    {
        if (isset(self::$escapeCache[$string][$strategy])) {
            return self::$escapeCache[$string][$strategy];
        }
        $escaped = $env->getRuntime(EscaperRuntime::class)->escape($string, $strategy, $charset);
        self::$escapeCache[$string][$strategy] = $escaped;
        return $escaped;
    }

    public static function resetEscapeCache(): void
    {
        self::$escapeCache = [];
    }
}

final class SwTwigFunctionResetter implements ResetInterface
{
    public function reset(): void
    {
        SwTwigFunction::resetEscapeCache();
    }
}

final class ServicesResetter
{
    /** @param list<ResetInterface> $services */
    public function __construct(private array $services) {}

    public function reset(): void
    {
        foreach ($this->services as $service) {
            $service->reset();
        }
    }
}

final class ProductReviewTemplate
{
    public function __construct(private Environment $env) {}

    public function render(array $review): string
    {
        $e = fn (string $s): string => SwTwigFunction::escapeFilter($this->env, $s);
        return '<article class="product-detail-review">'
            . '<h4>' . $e($review['title']) . '</h4>'
            . '<p class="review-content">' . $e($review['content']) . '</p>'
            . '<footer>' . $e($review['author']) . '</footer></article>';
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$env = new Environment();
$template = new ProductReviewTemplate($env);
$resetter = new ServicesResetter([new SwTwigFunctionResetter()]);
for ($i = 0; $i < $n; $i++) {
    $review = [
        'title' => "Great \"value\" for money (#$i)",
        'author' => "Customer <c$i@example.com>",
        'content' => "Review $i: " . str_repeat('Arrived quickly & works as described, the <b>fit</b> is perfect. ', 6),
    ];
    $html = $template->render($review);
    $resetter->reset();
}
