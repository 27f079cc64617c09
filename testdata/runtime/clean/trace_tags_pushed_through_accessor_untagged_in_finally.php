<?php
// A gateway worker tags its traces through a static accessor: Trace::tag()
// pushes onto the tracer's tag stack, Trace::untag() pops, in a finally:
// rejected requests return early, and their tags go too.

final class TagStack
{
    /** @var list<array<string, string>> */
    private array $frames = [];

    public function push(array $tags): void
    {
        $this->frames[] = $tags;
    }

    public function pop(): void
    {
        array_pop($this->frames);
    }
}

final class Tracer
{
    public readonly TagStack $tags;

    public function __construct()
    {
        $this->tags = new TagStack();
    }
}

final class Trace
{
    private static ?Tracer $tracer = null;

    public static function tracer(): Tracer
    {
        return self::$tracer ??= new Tracer();
    }

    public static function tag(array $tags): void
    {
        self::tracer()->tags->push($tags);
    }

    public static function untag(): void
    {
        self::tracer()->tags->pop();
    }
}

final class GatewayHandler
{
    public int $accepted = 0;

    public function handle(array $request): int
    {
        Trace::tag(['request' => $request['id'], 'client' => $request['client'], 'path' => $request['path']]);
        try {
            if ($request['client'] === '') {
                return 401;
            }
            $this->accepted++;

            return 200;
        } finally {
            Trace::untag();
        }
    }
}

$handler = new GatewayHandler();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler->handle(['id' => sprintf('req-%08d', $i), 'client' => $i % 2 ? 'app-7' : '', 'path' => '/v1/orders/' . str_repeat('x', 520) . $i]);
}
