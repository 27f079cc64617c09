<?php
// A profiler keeps the open sections on a static stack: enter() pushes,
// leave() pops. The price handler returns early when the quote is
// cached, and leaves the section in a finally block: every way out pops
// what the request pushed.

final class Section
{
    public function __construct(public readonly string $name, public readonly string $context, public readonly float $at)
    {
    }
}

final class Profiler
{
    /** @var list<Section> */
    private static array $open = [];

    public static function enter(string $name, string $context): void
    {
        self::$open[] = new Section($name, $context, microtime(true));
    }

    public static function leave(): void
    {
        array_pop(self::$open);
    }
}

final class PriceHandler
{
    /** @var array<string, int> */
    private array $quotes = ['basic' => 900, 'pro' => 2900, 'team' => 7900];

    public function handle(array $request): int
    {
        Profiler::enter('price', str_repeat($request['plan'] . ':' . $request['id'] . ' ', 40));
        try {
            if (isset($this->quotes[$request['plan']])) {
                return $this->quotes[$request['plan']];
            }

            return 100 * strlen($request['plan']);
        } finally {
            Profiler::leave();
        }
    }
}

$handler = new PriceHandler();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler->handle(['plan' => ['basic', 'pro', 'team'][$i % 3], 'id' => 'req-' . (80000 + $i)]);
}
