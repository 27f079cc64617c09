<?php

declare(strict_types=1);

namespace GuzzleHttp;

use GuzzleHttp\Psr7\Request;
use GuzzleHttp\Psr7\Response;

final class Middleware
{
    /**
     * @param callable(Request): Request $fn
     */
    public static function mapRequest(callable $fn): callable
    {
        return static function (callable $handler) use ($fn): callable {
            return static fn (Request $request, array $options): Response => $handler($fn($request), $options);
        };
    }

    /**
     * @param callable(int, Request, ?Response): bool $decider
     */
    public static function retry(callable $decider, int $maxRetries = 3): callable
    {
        return static function (callable $handler) use ($decider, $maxRetries): callable {
            return static function (Request $request, array $options) use ($handler, $decider, $maxRetries): Response {
                $attempt = 0;
                do {
                    $response = $handler($request, $options);
                } while (++$attempt <= $maxRetries && $decider($attempt, $request, $response));

                return $response;
            };
        };
    }
}
