<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http;

/**
 * Stand-in for spiral/roadrunner-http: hands the PHP worker one request at a
 * time from the RoadRunner server (here: a scripted POS terminal).
 */
final class ServerRequest
{
    public function __construct(
        private readonly string $method,
        private readonly string $path,
        private readonly array $headers,
        private readonly string $body,
    ) {
    }

    public function getMethod(): string { return $this->method; }
    public function getPath(): string { return $this->path; }
    public function getHeaderLine(string $name): string { return $this->headers[strtolower($name)] ?? ''; }
    public function getBody(): string { return $this->body; }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body) {}
}

final class PSR7Worker
{
    private int $served = 0;
    private int $lastStatus = 0;

    public function __construct(private readonly int $maxJobs)
    {
    }

    public function waitRequest(): ?ServerRequest
    {
        if ($this->served >= $this->maxJobs) {
            return null;
        }
        $n = ++$this->served;
        $skus = ['PZ-MARG', 'PZ-PEPP', 'SD-GARL', 'DR-COLA', 'DS-TIRA'];
        $mods = ['XCHS', 'GF', 'NOBASIL', 'HOTHNY', 'LGICE'];
        $items = [];
        for ($k = 0; $k <= $n % 3; $k++) {
            $items[] = [
                'sku' => $skus[($n + $k) % 5],
                'qty' => 1 + $k % 2,
                'modifiers' => array_slice($mods, ($n + 2 * $k) % 4, 1 + ($n + $k) % 2),
                'note' => $k === 0 ? 'seat ' . (1 + $n % 4) . ', allergy check #' . $n : '',
            ];
        }
        $body = json_encode([
            'check' => sprintf('CHK-%06d', 410000 + $n),
            'table' => 'T' . (1 + $n % 30),
            'tax_zone' => $n % 7 === 0 ? 'patio' : 'dine_in',
            'items' => $items,
        ]);

        return new ServerRequest('POST', '/checks', ['content-type' => 'application/json', 'x-terminal' => 'pos-' . ($n % 6)], (string) $body);
    }

    public function respond(Response $response): void
    {
        $this->lastStatus = $response->status;
    }
}
