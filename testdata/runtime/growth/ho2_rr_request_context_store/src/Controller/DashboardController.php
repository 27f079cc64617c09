<?php

declare(strict_types=1);

namespace App\Controller;

use App\Context\RequestContextStore;
use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

final class DashboardController
{
    public function __construct(private readonly RequestContextStore $store) {}

    public function __invoke(ServerRequest $request): Response
    {
        $context = $this->store->for($request);
        $context->timings['controller'] = 0.004;
        $widgets = array_filter(
            ['orders', 'invoices', 'team', 'billing'],
            static fn (string $w): bool => in_array("{$w}.view", $context->permissions, true),
        );

        return new Response(200, ['Content-Language' => $context->locale], json_encode([
            'user' => $context->userId,
            'widgets' => array_values($widgets),
            'theme' => $context->theme,
        ]) ?: '{}');
    }
}
