<?php
// An event-loop style server: the request callback captures the boot
// table of latency samples by value (use ($samples)) and hands its own
// copy to a helper that appends through its by-reference parameter: the
// copy is the closure's, reset to the boot table on every call.

/** @param list<array{route: string, ms: float, note: string}> $samples */
function add_sample(array &$samples, string $route, float $ms, string $note): void
{
    $samples[] = ['route' => $route, 'ms' => $ms, 'note' => $note];
}

/** @param list<array{route: string, ms: float}> $samples */
function p95(array $samples): float
{
    $ms = array_column($samples, 'ms');
    sort($ms);

    return $ms === [] ? 0.0 : $ms[(int) floor(0.95 * (count($ms) - 1))];
}

final class Server
{
    /** @var null|Closure(string, float): void */
    public ?Closure $onRequest = null;

    public function serve(int $n): void
    {
        for ($i = 0; $i < $n; $i++) {
            ($this->onRequest)("/orders/$i", 10.0 + $i % 7);
        }
    }
}

$samples = [['route' => '/health', 'ms' => 1.0, 'note' => 'boot']];
$server = new Server();
$server->onRequest = function (string $route, float $ms) use ($samples): void {
    add_sample($samples, $route, $ms, str_repeat("slow path for $route; ", 20));
    if (p95($samples) > 1000.0) {
        error_log('latency alarm');
    }
};
$server->serve((int) (getenv('PHPLEAK_N') ?: 100));
