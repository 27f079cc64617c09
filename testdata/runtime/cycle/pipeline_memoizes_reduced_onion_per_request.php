<?php
// Each request makes a pipeline that folds its stages into one closure
// with array_reduce() and memoizes the result on itself. The folding
// callback returns closures over $this, so the pipeline keeps a closure
// that keeps the pipeline: a garbage cycle per request.

final class Pipeline
{
    private ?Closure $stack = null;
    /** @param list<string> $stages */
    public function __construct(private array $stages)
    {
    }

    public function run(string $payload): string
    {
        $this->stack ??= array_reduce($this->stages, $this->carry(), static fn (string $p): string => $p); // leak
        return ($this->stack)($payload);
    }

    private function carry(): Closure
    {
        return function (Closure $next, string $stage): Closure { // leak
            return function (string $payload) use ($next, $stage): string { // leak
                return $next($payload . "|{$stage}");
            };
        };
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $pipeline = new Pipeline(['trim', 'locale', 'auth', str_repeat('x', 300)]);
    $pipeline->run("request {$i}");
    unset($pipeline);
}
