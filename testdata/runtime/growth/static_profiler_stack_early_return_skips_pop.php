<?php
// A profiler keeps the open sections on a static stack: enter() pushes,
// leave() pops. The price handler returns early when the quote is
// cached, before its leave(): every cached request leaves a section on
// the stack for the life of the worker.

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
        self::$open[] = new Section($name, $context, microtime(true)); // leak
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
        if (isset($this->quotes[$request['plan']])) {
            return $this->quotes[$request['plan']];
        }
        $price = 100 * strlen($request['plan']);
        Profiler::leave();

        return $price;
    }
}

$handler = new PriceHandler();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler->handle(['plan' => ['basic', 'pro', 'team'][$i % 3], 'id' => 'req-' . (80000 + $i)]);
}
