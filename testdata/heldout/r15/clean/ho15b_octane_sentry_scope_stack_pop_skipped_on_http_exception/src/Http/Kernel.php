<?php

declare(strict_types=1);

namespace App\Http;

use App\Observability\Breadcrumb;
use App\Observability\SentrySdk;

class HttpException extends \RuntimeException
{
    public function __construct(public readonly int $status, string $message)
    {
        parent::__construct($message, $status);
    }
}

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $query,
        public readonly ?int $userId,
        public readonly string $ip,
    ) {
    }
}

/** Gives every request its own Sentry scope so tags don't bleed between requests. */
final class SentryContextMiddleware
{
    public function handle(Request $request, \Closure $next): array
    {
        $hub = SentrySdk::getCurrentHub();
        $scope = $hub->pushScope();
        $scope->setTag('http.method', $request->method)
            ->setTag('http.uri', $request->uri)
            ->setTag('client.ip', $request->ip);
        if ($request->userId !== null) {
            $scope->setUser(['id' => $request->userId, 'ip_address' => $request->ip]);
        }
        $scope->addBreadcrumb(new Breadcrumb('http', "{$request->method} {$request->uri}", $request->query));

        try {
            return $next($request);
        } finally {
            $hub->popScope();
        }
    }
}

final class ProductController
{
    private const CATALOG = ['kettle' => 3499, 'toaster' => 2999, 'blender' => 5999];

    public function show(Request $request): array
    {
        $slug = $request->query['slug'] ?? '';
        if (!isset(self::CATALOG[$slug])) {
            throw new HttpException(404, "Product '{$slug}' not found");
        }
        SentrySdk::getCurrentHub()->getScope()->addBreadcrumb(new Breadcrumb('catalog', 'price lookup', ['slug' => $slug]));

        return ['status' => 200, 'body' => ['slug' => $slug, 'price' => self::CATALOG[$slug]]];
    }
}

final class Kernel
{
    public function __construct(
        private readonly SentryContextMiddleware $sentry,
        private readonly ProductController $products,
    ) {
    }

    public function handle(Request $request): array
    {
        try {
            return $this->sentry->handle($request, fn (Request $r): array => $this->products->show($r));
        } catch (HttpException $e) {
            return ['status' => $e->status, 'body' => ['error' => $e->getMessage()]];
        } catch (\Throwable $e) {
            return ['status' => 500, 'body' => ['event' => SentrySdk::getCurrentHub()->captureException($e)]];
        }
    }
}
