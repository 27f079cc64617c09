<?php

final class Request
{
    public array $attributes = [];
    public function __construct(public string $method, public string $path, public array $server) {}
}

final class RequestContext
{
    private array $values = [];

    public function set(string $key, string $value): void { $this->values[$key] = $value; }
    public function all(): array { return $this->values; }
    public function clear(): void { $this->values = []; }
}

final class RequestLoggingMiddleware
{
    private bool $processorInstalled = false;

    public function __construct(private Logger $logger, private RequestContext $context) {}

    public function __invoke(Request $request, callable $next): string
    {
        $requestId = $request->server['HTTP_X_REQUEST_ID'] ?? bin2hex(random_bytes(8));
        $request->attributes['request_id'] = $requestId;

        if (!$this->processorInstalled) {
            $context = $this->context;
            $this->logger->pushProcessor(static function (array $record) use ($context): array {
                $record['extra'] += $context->all();
                return $record;
            });
            $this->processorInstalled = true;
        }

        $this->context->set('request_id', $requestId);
        $this->context->set('route', $request->method . ' ' . $request->path);
        $this->context->set('client', $request->server['REMOTE_ADDR'] ?? '-');
        try {
            $this->logger->info('request.start');
            $response = $next($request);
            $this->logger->info('request.end', ['bytes' => strlen($response)]);
            return $response;
        } finally {
            $this->context->clear();
        }
    }
}
