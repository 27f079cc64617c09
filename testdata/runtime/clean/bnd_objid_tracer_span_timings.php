<?php
// A long-lived tracer notes start time and name per span under spl_object_id($span); spans die with each request, so ids are reused.

final class Span
{
    public array $attributes = [];

    public function __construct(public readonly string $name)
    {
        $this->attributes = ['http.user_agent' => str_repeat('okhttp/4.12 ', 60)];
    }
}

final class Tracer
{
    /** @var array<int, array{name: string, start: int}> */
    private array $open = [];

    public function start(string $name): Span
    {
        $span = new Span($name);
        $this->open[spl_object_id($span)] = ['name' => $span->name, 'start' => hrtime(true)];
        return $span;
    }

    public function end(Span $span): int
    {
        return hrtime(true) - ($this->open[spl_object_id($span)]['start'] ?? 0);
    }
}

function handle_request(Tracer $tracer, int $i): void
{
    $span = $tracer->start('GET /api/cart');
    $span->attributes['cart.id'] = $i;
    $tracer->end($span);
}

$tracer = new Tracer();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_request($tracer, $i);
}
