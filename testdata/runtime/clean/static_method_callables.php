<?php
// A sanitizer keeps callables on itself that do not capture $this: a static method pair and a function name.

final class Sanitizer
{
    /** @var callable[] */
    private array $filters;
    private Closure $trim;

    public function __construct(private string $profile)
    {
        $this->filters = [[self::class, 'stripTags'], 'strtolower', [Sanitizer::class, 'collapseSpaces']];
        $this->trim = Closure::fromCallable('trim');
    }

    public static function stripTags(string $s): string
    {
        return strip_tags($s);
    }

    public static function collapseSpaces(string $s): string
    {
        return preg_replace('/\s+/', ' ', $s);
    }

    public function sanitize(string $input): string
    {
        foreach ($this->filters as $filter) {
            $input = $filter($input);
        }
        return ($this->trim)($input);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $sanitizer = new Sanitizer('comment');
    $sanitizer->sanitize("<b>Hello</b>   World {$i} " . str_repeat('<i>x</i> ', 20));
}
unset($sanitizer);
