<?php

declare(strict_types=1);

namespace App\Http;

use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;

final class AccessLogMiddleware
{
    private int $served = 0;
    private int $bytes = 0;

    public function __invoke(ServerRequestInterface $request, callable $next): ResponseInterface
    {
        $response = $next($request);
        $this->served++;
        $this->bytes += strlen($response->getBody());

        return $response;
    }

    /** @return array{served: int, bytes: int} */
    public function totals(): array
    {
        return ['served' => $this->served, 'bytes' => $this->bytes];
    }
}
