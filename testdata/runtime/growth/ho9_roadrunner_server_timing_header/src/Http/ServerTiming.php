<?php

namespace App\Http;

use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

final class ServerTiming
{
    public function process(ServerRequest $request, callable $next): Response
    {
        $start = hrtime(true);
        $response = $next($request);
        $this->mark('app', $start, $request->getMethod() . ' ' . $request->getUri());

        $parts = array_map(
            static fn (array $t): string => sprintf('%s;dur=%.2f;desc="%s"', $t['name'], $t['dur'], $t['desc']),
            $_SERVER['APP_SERVER_TIMING'] ?? [],
        );
        $response->headers['Server-Timing'] = implode(', ', array_slice($parts, -3));
        return $response;
    }

    private function mark(string $name, int $start, string $desc): void
    {
        $_SERVER['APP_SERVER_TIMING'][] = [ // leak
            'name' => $name,
            'dur' => (hrtime(true) - $start) / 1e6,
            'desc' => $desc . ' ' . str_repeat('#', 200),
            'at' => sprintf('%.6F', microtime(true)),
        ];
    }
}
