<?php

namespace App\Http;

use Monolog\Logger;
use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

final class AccessLogMiddleware
{
    public function __construct(private Logger $logger)
    {
    }

    public function process(ServerRequest $request, callable $next): Response
    {
        $started = hrtime(true);
        $response = $next($request);

        $this->logger->info('{method} {uri} answered {status}', [ // leak
            'method' => $request->getMethod(),
            'uri' => $request->getUri(),
            'status' => $response->getStatusCode(),
            'request_id' => $request->getHeaderLine('x-request-id'),
            'user_agent' => $request->getHeaderLine('user-agent'),
            'client_ip' => $request->getServerParams()['REMOTE_ADDR'] ?? null,
            'duration_ms' => round((hrtime(true) - $started) / 1e6, 3),
        ]);

        return $response;
    }
}
