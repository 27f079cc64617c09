<?php

declare(strict_types=1);

namespace App\Services;

use App\Http\Request;
use Lite\Container\Container;

final class SignedUrlGenerator
{
    private ?Request $request;
    /** @var array<string, string> */
    private array $routes = [
        'invoices.download' => '/invoices/{invoice}/pdf',
        'invoices.preview' => '/invoices/{invoice}/preview',
        'exports.download' => '/exports/{export}',
    ];
    /** @var array<string, string> last URL issued per route, for the Link header */
    private array $lastIssued = [];

    public function __construct(Container $app, private readonly string $signingKey)
    {
        $this->request = $app->rebinding('request', function (Container $app, Request $request): void {
            $this->request = $request;
        });
    }

    public function lastIssued(): array
    {
        return $this->lastIssued;
    }

    public function temporarySignedRoute(string $name, array $parameters, int $expiresAt): string
    {
        $path = $this->routes[$name] ?? throw new \InvalidArgumentException("Route [{$name}] not defined.");
        foreach ($parameters as $key => $value) {
            $path = str_replace('{' . $key . '}', rawurlencode((string) $value), $path);
        }

        $url = ($this->request?->root() ?? 'http://localhost') . $path . '?expires=' . $expiresAt;

        return $this->lastIssued[$name] = $url . '&signature=' . hash_hmac('sha256', $url, $this->signingKey);
    }
}
