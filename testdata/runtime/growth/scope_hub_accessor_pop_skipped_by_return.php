<?php
// A job pushes a scope on the hub a static accessor hands out, and pops it
// through the accessor again; a job for a room on hold returns between the
// two and leaves its scope on the hub's stack.
final class ScopeHub
{
    private static ?ScopeHub $current = null;
    /** @var list<array<string, string>> */
    private array $stack = [[]];

    public static function current(): ScopeHub
    {
        return self::$current ??= new ScopeHub();
    }

    public function pushScope(): int
    {
        $this->stack[] = end($this->stack); // leak
        return count($this->stack);
    }

    public function popScope(): void
    {
        if (count($this->stack) > 1) {
            array_pop($this->stack);
        }
    }

    public function tag(string $key, string $value): void
    {
        $this->stack[array_key_last($this->stack)][$key] = $value;
    }
}

final class TurnoverJob
{
    public function handle(array $job): string
    {
        ScopeHub::current()->pushScope();
        ScopeHub::current()->tag('room', $job['room']);
        ScopeHub::current()->tag('guest', $job['guest']);
        if ($job['hold']) {
            return 'released';
        }
        $done = "room {$job['room']} clean";
        ScopeHub::current()->popScope();
        return $done;
    }
}

$handler = new TurnoverJob();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job = ['room' => sprintf('%d%02d', 1 + $i % 6, 1 + $i % 20), 'guest' => str_repeat('G', 256) . $i, 'hold' => $i % 2 === 1];
    $handler->handle($job);
}
