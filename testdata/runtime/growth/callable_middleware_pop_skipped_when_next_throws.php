<?php
// A plain callable pipeline: the error middleware calls the rest of the
// request inside a try and turns an Unauthorized into a 401; the tracing
// middleware it runs (through a closure) pushes a span, calls $next and
// ends the span afterwards. A guest's request throws, the end is
// skipped, and the span stays on the tracer's stack.

final class Unauthorized extends RuntimeException
{
}

final class Tracer
{
    private array $active = [];

    public function start(string $name, array $attributes): int
    {
        $this->active[] = ['name' => $name, 'attributes' => $attributes]; // leak

        return count($this->active);
    }

    public function end(): void
    {
        array_pop($this->active);
    }
}

final class TracingMiddleware
{
    public function __construct(private Tracer $tracer)
    {
    }

    public function process(array $request, callable $next): array
    {
        $this->tracer->start('http ' . $request['uri'], $request);
        $response = $next($request);
        $this->tracer->end();

        return $response;
    }
}

final class ErrorMiddleware
{
    public function process(array $request, callable $next): array
    {
        try {
            return $next($request);
        } catch (Unauthorized $e) {
            return ['status' => 401];
        }
    }
}

final class Kernel
{
    public function __construct(private ErrorMiddleware $errors, private TracingMiddleware $tracing)
    {
    }

    public function handle(array $request): array
    {
        return $this->errors->process($request, fn (array $r): array => $this->tracing->process($r, static function (array $r): array {
            if ($r['token'] === null) {
                throw new Unauthorized('guest');
            }

            return ['status' => 200];
        }));
    }
}

$kernel = new Kernel(new ErrorMiddleware(), new TracingMiddleware(new Tracer()));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $kernel->handle(['uri' => '/account?_=' . $i, 'agent' => str_repeat('Mozilla/5.0 ', 50), 'token' => null]);
}
