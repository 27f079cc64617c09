<?php
// A profiler keeps what a describer reads off each request, under the
// request's object hash. The describer copies fields out; the request is
// freed after each iteration and the next request gets its hash, so the
// entry is overwritten.

final class Request
{
    public function __construct(public string $route, public string $id, public string $body)
    {
    }
}

interface Describer
{
    public function describe(Request $request): array;
}

final class RouteDescriber implements Describer
{
    public function describe(Request $request): array
    {
        $out = ['route' => $request->route, 'label' => $this->label($request)];
        $out['size'] = strlen($request->body);
        return $out;
    }

    private function label(Request $request): string
    {
        return strtoupper($request->route) . '#' . $request->id;
    }
}

final class Profiler
{
    /** @var Describer */
    private $describer;

    /** @var array<string, array<string, mixed>> */
    private array $byRequest = [];

    public function __construct(Describer $describer)
    {
        $this->describer = $describer;
    }

    public function collect(Request $request): void
    {
        $hash = spl_object_hash($request);
        $this->byRequest[$hash] = array_replace($this->byRequest[$hash] ?? [], $this->describer->describe($request));
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$profiler = new Profiler(new RouteDescriber());
for ($i = 0; $i < $n; $i++) {
    $profiler->collect(new Request("/orders/{$i}", bin2hex(random_bytes(8)), str_repeat('x', 800)));
}
