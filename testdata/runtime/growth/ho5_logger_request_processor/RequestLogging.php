<?php

final class Request
{
    public array $attributes = [];
    public function __construct(public string $method, public string $path, public array $server) {}
}

final class RequestLoggingMiddleware
{
    public function __construct(private Logger $logger) {}

    public function __invoke(Request $request, callable $next): string
    {
        $requestId = $request->server['HTTP_X_REQUEST_ID'] ?? bin2hex(random_bytes(8));
        $request->attributes['request_id'] = $requestId;

        $this->logger->pushProcessor(static function (array $record) use ($requestId, $request): array { // leak
            $record['extra']['request_id'] = $requestId;
            $record['extra']['route'] = $request->method . ' ' . $request->path;
            $record['extra']['client'] = $request->server['REMOTE_ADDR'] ?? '-';
            return $record;
        });

        $this->logger->info('request.start');
        $response = $next($request);
        $this->logger->info('request.end', ['bytes' => strlen($response)]);
        return $response;
    }
}
