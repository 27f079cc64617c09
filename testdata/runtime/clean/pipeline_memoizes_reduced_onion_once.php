<?php
// One pipeline, made at boot, folds its stages into one closure with
// array_reduce() and memoizes the result on itself. The pipeline and the
// closure reference each other, but the pipeline lives for the whole
// process: the cycle never becomes garbage, and nothing is lost.

final class Pipeline
{
    private ?Closure $stack = null;
    /** @param list<string> $stages */
    public function __construct(private array $stages)
    {
    }

    public function run(string $payload): string
    {
        $this->stack ??= array_reduce($this->stages, $this->carry(), static fn (string $p): string => $p);
        return ($this->stack)($payload);
    }

    private function carry(): Closure
    {
        return function (Closure $next, string $stage): Closure {
            return function (string $payload) use ($next, $stage): string {
                return $next($payload . "|{$stage}");
            };
        };
    }
}

$pipeline = new Pipeline(['trim', 'locale', 'auth', str_repeat('x', 300)]);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $pipeline->run("request {$i}");
}
