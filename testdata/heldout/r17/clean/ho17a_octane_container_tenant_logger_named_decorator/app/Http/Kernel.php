<?php

declare(strict_types=1);

namespace App\Http;

use App\Container\Container;
use App\Logging\LoggerInterface;
use App\Logging\TenantLogger;

final class Request
{
    /** @param array<string, string> $headers */
    public function __construct(
        public readonly string $path,
        public readonly array $headers,
        public readonly string $body,
    ) {
    }

    public function header(string $name): ?string
    {
        return $this->headers[$name] ?? null;
    }
}

final class IdentifyTenant
{
    public function __construct(private readonly Container $app)
    {
    }

    public function handle(Request $request, \Closure $next): int
    {
        $tenant = $request->header('X-Tenant') ?? 'default';
        $requestId = $request->header('X-Request-Id') ?? 'none';
        $body = $request->body;

        $this->app->decorate(
            LoggerInterface::class,
            'tenant-context',
            static fn (LoggerInterface $logger): LoggerInterface => new TenantLogger($logger, $tenant, $requestId . ':' . md5($body)),
        );

        return $next($request);
    }
}

final class TimesheetController
{
    public function __construct(private readonly LoggerInterface $logger)
    {
    }

    public function store(Request $request): int
    {
        $payload = json_decode($request->body, true, flags: JSON_THROW_ON_ERROR);
        $hours = array_sum(array_column($payload['entries'], 'hours'));
        $this->logger->info('timesheet stored', ['path' => $request->path, 'hours' => $hours]);

        return 201;
    }
}

final class Kernel
{
    public function __construct(private readonly Container $app)
    {
    }

    public function handle(Request $request): int
    {
        $middleware = new IdentifyTenant($this->app);

        return $middleware->handle($request, function (Request $request): int {
            $controller = new TimesheetController($this->app->make(LoggerInterface::class));

            return $controller->store($request);
        });
    }
}
