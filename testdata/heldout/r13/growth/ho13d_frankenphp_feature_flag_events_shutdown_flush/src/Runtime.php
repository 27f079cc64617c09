<?php

declare(strict_types=1);

namespace {
    if (!function_exists('frankenphp_handle_request')) {
        /** Stand-in for FrankenPHP's worker-mode entry: one call per incoming request. */
        function frankenphp_handle_request(callable $handler): bool
        {
            static $served = 0;
            if ($served >= (int) (getenv('PHPLEAK_N') ?: 100)) {
                return false;
            }
            $_SERVER['REQUEST_URI'] = '/checkout';
            $_SERVER['HTTP_X_USER_ID'] = (string) (5_000 + $served);
            $served++;
            $handler();

            return true;
        }
    }
}

namespace App\Http {
    final class Request
    {
        public function __construct(
            public readonly string $path,
            public readonly array $headers,
        ) {
        }

        public static function fromGlobals(): self
        {
            return new self($_SERVER['REQUEST_URI'] ?? '/', ['x-user-id' => $_SERVER['HTTP_X_USER_ID'] ?? '0']);
        }
    }

    final class Response
    {
        public function __construct(public readonly int $status, public readonly string $body)
        {
        }
    }

    interface TerminableInterface
    {
        public function terminate(Request $request, Response $response): void;
    }

    final class Kernel
    {
        /** @var list<TerminableInterface> */
        private array $terminables = [];

        /** @param \Closure(Request): Response $controller */
        public function __construct(private readonly \Closure $controller)
        {
        }

        public function addTerminable(TerminableInterface $service): void
        {
            $this->terminables[] = $service;
        }

        public function handle(Request $request): Response
        {
            return ($this->controller)($request);
        }

        public function terminate(Request $request, Response $response): void
        {
            foreach ($this->terminables as $service) {
                $service->terminate($request, $response);
            }
        }
    }
}
