<?php

declare(strict_types=1);

namespace GuzzleHttp;

use GuzzleHttp\Psr7\Request;
use GuzzleHttp\Psr7\Response;

final class Middleware
{
    public static function retry(callable $decider, ?callable $delay = null): callable
    {
        return static function (callable $handler) use ($decider, $delay): RetryMiddleware {
            return new RetryMiddleware($decider, $handler, $delay);
        };
    }
}

final class RetryMiddleware
{
    /** @var callable */
    private $decider;
    /** @var callable */
    private $nextHandler;
    /** @var callable */
    private $delay;

    public function __construct(callable $decider, callable $nextHandler, ?callable $delay = null)
    {
        $this->decider = $decider;
        $this->nextHandler = $nextHandler;
        $this->delay = $delay ?? static fn (int $retries): int => 1000 * 2 ** ($retries - 1);
    }

    /** @param array<string, mixed> $options */
    public function __invoke(Request $request, array $options): Response
    {
        $options['retries'] ??= 0;
        $response = ($this->nextHandler)($request, $options);
        if (!($this->decider)($options['retries'], $request, $response)) {
            return $response;
        }
        $options['retries']++;
        $options['delay'] = ($this->delay)($options['retries'], $response);

        return $this($request, $options);
    }
}
