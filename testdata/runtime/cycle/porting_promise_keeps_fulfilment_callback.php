<?php
// A number-porting lookup resolves each query through a small promise.
// The query hands the promise callables bound to itself; resolving the
// promise calls them but empties only the rejection list, so the
// fulfilment callback keeps the query and the query keeps the promise.

final class Deferred
{
    /** @var list<Closure> */
    private array $onFulfilled = [];
    /** @var list<Closure> */
    private array $onRejected = [];

    public function then(Closure $onFulfilled, Closure $onRejected): void
    {
        $this->onFulfilled[] = $onFulfilled; // leak
        $this->onRejected[] = $onRejected;
    }

    public function resolve(array $value): void
    {
        $handlers = $this->onFulfilled;
        $this->onRejected = [];
        foreach ($handlers as $handler) {
            $handler($value);
        }
    }
}

final class Loop
{
    /** @var list<Closure> */
    private array $ticks = [];

    public function futureTick(Closure $tick): void
    {
        $this->ticks[] = $tick;
    }

    public function run(): void
    {
        while ($tick = array_shift($this->ticks)) {
            $tick();
        }
    }
}

final class PortingQuery
{
    private Deferred $deferred;
    public ?string $network = null;

    public function __construct(public readonly string $msisdn)
    {
        $this->deferred = new Deferred();
        $this->deferred->then($this->applyRouting(...), $this->fallback(...)); // leak
    }

    public function answer(array $record): void
    {
        $this->deferred->resolve($record);
    }

    private function applyRouting(array $record): void
    {
        $this->network = $record['network'] . ':' . $this->msisdn;
    }

    private function fallback(array $error): void
    {
        $this->network = 'home';
    }
}

final class EnumResolver
{
    public int $routed = 0;

    public function __construct(private Loop $loop)
    {
    }

    public function lookup(string $msisdn, string $network): void
    {
        $query = new PortingQuery($msisdn);
        // the ENUM answer arrives on a later tick of the loop
        $this->loop->futureTick(function () use ($query, $network): void {
            $query->answer(['network' => $network, 'trace' => str_repeat('naptr;', 60)]);
            $this->routed += $query->network !== null ? 1 : 0;
        });
    }
}

$loop = new Loop();
$resolver = new EnumResolver($loop);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $resolver->lookup('3161' . sprintf('%07d', $i * 37), ['KPN', 'Odido', 'VodafoneZiggo'][$i % 3]);
    $loop->run();
}
