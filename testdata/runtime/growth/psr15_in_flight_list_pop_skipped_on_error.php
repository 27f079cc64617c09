<?php

declare(strict_types=1);

// A PSR-15 middleware built once with the worker's pipeline lists the
// requests in flight for a status page, and takes each off the list after
// the handler returns. Requests the handler rejects throw, the worker
// renders an error page, and their entry stays on the list.

interface RequestHandlerInterface
{
    public function handle(Request $request): string;
}

final class Request
{
    public function __construct(public readonly string $uri, public readonly string $body)
    {
    }
}

final class Rejected extends \RuntimeException
{
}

final class ApiHandler implements RequestHandlerInterface
{
    public function handle(Request $request): string
    {
        if (strlen($request->body) > 600) {
            throw new Rejected('payload too large: ' . $request->uri);
        }

        return json_encode(['ok' => true, 'uri' => $request->uri]);
    }
}

final class InFlightRequests
{
    /** @var list<array{uri: string, body: string, since: float}> */
    private array $inFlight = [];

    public function process(Request $request, RequestHandlerInterface $handler): string
    {
        $this->inFlight[] = ['uri' => $request->uri, 'body' => $request->body, 'since' => microtime(true)]; // leak
        $response = $handler->handle($request);
        array_pop($this->inFlight);

        return $response;
    }
}

$middleware = new InFlightRequests();
$handler = new ApiHandler();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $size = $i % 2 === 0 ? 900 : 100;
    $request = new Request("/api/import/$i", str_repeat(chr(97 + $i % 26), $size));
    try {
        $response = $middleware->process($request, $handler);
    } catch (Rejected $e) {
        $response = json_encode(['error' => $e->getMessage()]);
    }
}
