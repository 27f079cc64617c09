<?php

declare(strict_types=1);

namespace App\Middleware;

use App\Context\RequestContextStore;
use Nyholm\Psr7\ServerRequest;

interface MiddlewareInterface
{
    public function process(ServerRequest $request): void;
}

final class AuthenticationMiddleware implements MiddlewareInterface
{
    public function __construct(private readonly RequestContextStore $store) {}

    public function process(ServerRequest $request): void
    {
        $header = $request->getHeaderLine('Authorization');
        if (!str_starts_with($header, 'Bearer ')) {
            return;
        }
        $claims = json_decode(base64_decode(substr($header, 7)) ?: '{}', true) ?: [];
        $context = $this->store->for($request);
        $context->userId = (int) ($claims['sub'] ?? 0);
        $context->organization = (string) ($claims['org'] ?? '');
        $context->permissions = ['dashboard.view', 'orders.view', 'invoices.view', 'team.view', "org.{$context->organization}.member"];
    }
}

final class LocaleMiddleware implements MiddlewareInterface
{
    private const SUPPORTED = ['en', 'de', 'fr', 'es'];

    public function __construct(private readonly RequestContextStore $store) {}

    public function process(ServerRequest $request): void
    {
        $preferred = strtolower(substr($request->getHeaderLine('Accept-Language'), 0, 2));
        $context = $this->store->for($request);
        $context->locale = in_array($preferred, self::SUPPORTED, true) ? $preferred : 'en';
        $context->theme = $request->getCookieParams()['theme'] ?? 'light';
    }
}
